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
    /** Where the model ships, beside this class. */
    public static final String RESOURCE = "stance-model.bin.gz";
    /** Beside it: the threshold of each reading that uses it, {@code learned.threshold} and {@code combined.threshold}. */
    public static final String SETTINGS = "stance-model.properties";

    private static StanceModel bundled;

    private final MaxentModel model;
    private final java.util.Map<Reading, Double> thresholds;
    private final int support;
    private final int oppose;

    public StanceModel(MaxentModel model, java.util.Map<Reading, Double> thresholds) {
        this.model = model;
        this.thresholds = java.util.Map.copyOf(thresholds);
        this.support = model.getIndex(SUPPORT);
        this.oppose = model.getIndex(OPPOSE);
        if (support < 0 || oppose < 0 || model.getIndex(NEITHER) < 0) {
            throw new IllegalArgumentException("a stance model's outcomes are support, oppose and neither");
        }
    }

    /** The model shipped with the extractors, with its thresholds. */
    public static synchronized StanceModel bundled() {
        if (bundled == null) {
            java.util.Properties settings = new java.util.Properties();
            try (InputStream in = StanceModel.class.getResourceAsStream(SETTINGS)) {
                if (in == null) {
                    throw new IllegalStateException(SETTINGS + " is not on the class path");
                }
                settings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SETTINGS, e);
            }
            java.util.Map<Reading, Double> thresholds = new java.util.EnumMap<>(Reading.class);
            for (Reading reading : java.util.List.of(Reading.LEARNED, Reading.COMBINED)) {
                String key = reading.name().toLowerCase(java.util.Locale.ROOT) + ".threshold";
                String value = settings.getProperty(key);
                if (value == null) {
                    throw new IllegalStateException(SETTINGS + " has no " + key);
                }
                thresholds.put(reading, Double.parseDouble(value));
            }
            bundled = read(StanceModel.class.getResourceAsStream(RESOURCE), thresholds);
        }
        return bundled;
    }

    /** A model as the trainer writes it (OpenNLP's binary QN format, gzipped), with its thresholds. */
    public static StanceModel read(InputStream in, java.util.Map<Reading, Double> thresholds) {
        if (in == null) {
            throw new IllegalStateException("the stance model " + RESOURCE + " is not on the class path");
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            return new StanceModel(new BinaryQNModelReader(data).getModel(), thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stance model", e);
        }
    }

    /** The least probability of support or opposition that makes a candidate a stance, under a reading. */
    public double threshold(Reading reading) {
        Double threshold = thresholds.get(reading);
        if (threshold == null) {
            throw new IllegalArgumentException("no threshold for the reading " + reading);
        }
        return threshold;
    }

    /** The probabilities of support and of opposition, given a candidate's features. */
    double[] judge(List<String> features) {
        double[] outcomes = model.eval(features.toArray(String[]::new));
        return new double[] {outcomes[support], outcomes[oppose]};
    }
}
