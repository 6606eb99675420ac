package org.stancetracker.extractors.text;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryQNModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained judge of candidates (see {@link CandidateStage}): a maximum-entropy classifier
 * (OpenNLP's L-BFGS trainer, L2-regularised) over their features, whose outcomes are
 * {@link #SUPPORT}, {@link #OPPOSE} and {@link #NEITHER}. Trained by {@code stance-extractors/training}
 * on labelled news and sentences written for the project, and shipped as a resource. Thread-safe.
 */
public final class StanceModel {
    public static final String SUPPORT = "support";
    public static final String OPPOSE = "oppose";
    public static final String NEITHER = "neither";
    /** Where the models ship, beside this class: one per reading, with its threshold in {@link #SETTINGS}. */
    public static final String SETTINGS = "stance-models.properties";

    private static final java.util.Map<Reading, StanceModel> BUNDLED = new java.util.EnumMap<>(Reading.class);

    private final MaxentModel model;
    private final double threshold;
    private final int support;
    private final int oppose;

    public StanceModel(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.support = model.getIndex(SUPPORT);
        this.oppose = model.getIndex(OPPOSE);
        if (support < 0 || oppose < 0 || model.getIndex(NEITHER) < 0) {
            throw new IllegalArgumentException("a stance model's outcomes are support, oppose and neither");
        }
    }

    /** The resource a reading's model ships as. */
    public static String resource(Reading reading) {
        return "stance-model-" + reading.name().toLowerCase(java.util.Locale.ROOT) + ".bin.gz";
    }

    /** The model shipped with the extractors for a reading other than {@link Reading#RULES}. */
    public static StanceModel bundled(Reading reading) {
        synchronized (BUNDLED) {
            return BUNDLED.computeIfAbsent(reading, r -> {
                java.util.Properties settings = new java.util.Properties();
                try (InputStream in = StanceModel.class.getResourceAsStream(SETTINGS)) {
                    if (in == null) {
                        throw new IllegalStateException(SETTINGS + " is not on the class path");
                    }
                    settings.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + SETTINGS, e);
                }
                String key = r.name().toLowerCase(java.util.Locale.ROOT) + ".threshold";
                return read(
                        StanceModel.class.getResourceAsStream(resource(r)),
                        Double.parseDouble(settings.getProperty(key, "0.5")));
            });
        }
    }

    /** A model as the trainer writes it (OpenNLP's binary QN format, gzipped), with the threshold it was tuned to. */
    public static StanceModel read(InputStream in, double threshold) {
        if (in == null) {
            throw new IllegalStateException("a stance model is not on the class path");
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            return new StanceModel(new BinaryQNModelReader(data).getModel(), threshold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stance model", e);
        }
    }

    /** The least probability of support or opposition that makes a candidate a stance. */
    public double threshold() {
        return threshold;
    }

    /** The probabilities of support and of opposition, given a candidate's features. */
    double[] judge(List<String> features) {
        double[] outcomes = model.eval(features.toArray(String[]::new));
        return new double[] {outcomes[support], outcomes[oppose]};
    }
}
