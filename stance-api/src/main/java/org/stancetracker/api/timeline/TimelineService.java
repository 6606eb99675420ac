package org.stancetracker.api.timeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.core.stance.PrevailingStance;
import org.stancetracker.db.query.SqlConditions;
import org.stancetracker.db.query.StanceFilter;
import org.stancetracker.db.query.StanceSums;

/**
 * Timelines. By week or month they are read from stance_tally, the sums of dated stances that the
 * database keeps as stances change: one indexed read of one row per period answered. A date range
 * that cuts a week or month adds that period's stances in range, summed in the same query, so a
 * period's counts are always those of its stances within the range. By day they are summed from the
 * stances, through the index that holds everything the sums need.
 */
@ApplicationScoped
public class TimelineService {
    /**
     * The confidence-weighted net score in [-1, 1], to three decimals, from the confidence sums in
     * millionths ({@link StanceSums}).
     */
    public static double net(long supportWeight, long opposeWeight) {
        long total = supportWeight + opposeWeight;
        return total == 0 ? 0 : Math.round((supportWeight - opposeWeight) * 1000.0 / total) / 1000.0;
    }

    private static final int FETCH_ROWS = 2000;

    private final AgroalDataSource dataSource;
    private final JsonFactory jsonFactory;
    /**
     * Timelines read at once. Each holds its answer in memory while it is written; without a bound,
     * a burst of whole-topic requests (megabytes each) with the cache cold exhausted a 1 GB heap.
     * The CPU is the limit anyway: more at once only take longer each.
     */
    private final Semaphore computing =
            new Semaphore(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), true);

    public TimelineService(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.jsonFactory = json.getFactory();
    }

    /** What a timeline request asks for; only dated stances are on a timeline. */
    public record Question(
            String topic,
            Optional<String> actor,
            Optional<String> position,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Granularity granularity,
            RequestParameters.ReadBy readBy) {
        /** The dated stances of the topic, actor and position asked for, on any day. */
        StanceFilter stances() {
            return readBy.applyTo(StanceFilter.all()
                    .withTopic(topic)
                    .withActor(actor)
                    .withPosition(position)
                    .dated());
        }
    }

    /** Receives the points of a timeline in order: by actor, by position, then by period. */
    private interface PointSink {
        void point(String actor, String position, String period, long support, long oppose, double net)
                throws IOException;
    }

    public Timeline timeline(Question question) throws SQLException {
        List<Timeline.Series> series = new ArrayList<>();
        read(question, (actor, position, period, support, oppose, net) -> {
            Timeline.Series last = series.isEmpty() ? null : series.get(series.size() - 1);
            if (last == null || !last.actor().equals(actor) || !last.position().equals(position)) {
                last = new Timeline.Series(actor, position, new ArrayList<>());
                series.add(last);
            }
            last.points().add(new Timeline.Point(period, support, oppose, net, stanceWord(support, oppose, net)));
        });
        return new Timeline(question.topic(), question.granularity().word(), series);
    }

    /**
     * The timeline as the JSON the API sends ({@link Timeline}'s shape), written while the rows are
     * read: on a large topic most of the work of a timeline answer is writing its points.
     */
    public byte[] timelineJson(Question question) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = jsonFactory.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("topic", question.topic());
            out.writeStringField("granularity", question.granularity().word());
            out.writeArrayFieldStart("series");
            class SeriesWriter implements PointSink {
                private String currentActor;
                private String currentPosition;

                @Override
                public void point(String actor, String position, String period, long support, long oppose, double net)
                        throws IOException {
                    if (!actor.equals(currentActor) || !position.equals(currentPosition)) {
                        endSeries();
                        out.writeStartObject();
                        out.writeStringField("actor", actor);
                        out.writeStringField("position", position);
                        out.writeArrayFieldStart("points");
                        currentActor = actor;
                        currentPosition = position;
                    }
                    // Names and words pre-encoded, and the net score written from its thousandths: a large
                    // timeline is hundreds of thousands of these, and generic writing was most of its cost.
                    out.writeStartObject();
                    out.writeFieldName(PERIOD);
                    out.writeString(period);
                    out.writeFieldName(SUPPORT);
                    out.writeNumber(support);
                    out.writeFieldName(OPPOSE);
                    out.writeNumber(oppose);
                    out.writeFieldName(NET);
                    out.writeNumber(decimal(net));
                    PrevailingStance stance =
                            PrevailingStance.of(support, oppose, net).orElse(null);
                    if (stance != null) {
                        out.writeFieldName(STANCE);
                        out.writeString(STANCE_WORDS[stance.ordinal()]);
                    }
                    out.writeEndObject();
                }

                void endSeries() throws IOException {
                    if (currentActor != null) {
                        out.writeEndArray();
                        out.writeEndObject();
                    }
                }
            }
            SeriesWriter writer = new SeriesWriter();
            read(question, writer);
            writer.endSeries();
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the timeline as JSON", e);
        }
        return bytes.toByteArray();
    }

    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString SUPPORT = new SerializedString("support");
    private static final SerializedString OPPOSE = new SerializedString("oppose");
    private static final SerializedString NET = new SerializedString("net");
    private static final SerializedString STANCE = new SerializedString("stance");
    private static final SerializedString[] STANCE_WORDS = java.util.Arrays.stream(PrevailingStance.values())
            .map(stance -> new SerializedString(stance.word()))
            .toArray(SerializedString[]::new);

    /**
     * A net score (a multiple of 0.001 in [-1, 1]) as {@link Double#toString} writes it, "-0.25" or
     * "1.0", without the general conversion.
     */
    static String decimal(double net) {
        long thousandths = Math.round(net * 1000);
        StringBuilder text = new StringBuilder(6);
        if (thousandths < 0) {
            text.append('-');
            thousandths = -thousandths;
        }
        text.append(thousandths / 1000).append('.');
        long fraction = thousandths % 1000;
        if (fraction == 0) {
            return text.append('0').toString();
        }
        if (fraction < 100) {
            text.append('0');
        }
        if (fraction < 10) {
            text.append('0');
        }
        while (fraction % 10 == 0) {
            fraction /= 10;
        }
        return text.append(fraction).toString();
    }

    private static String stanceWord(long support, long oppose, double net) {
        return PrevailingStance.of(support, oppose, net)
                .map(PrevailingStance::word)
                .orElse(null);
    }

    private void read(Question question, PointSink sink) throws SQLException {
        Granularity granularity = question.granularity();
        StanceFilter stances = question.stances();
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (granularity == Granularity.DAY || stances.needsStances()) {
            // Days are summed from the stances themselves (idx_stance_timeline holds all they need), and so
            // is any period when only some sources, one extractor or the more confident stances count.
            addDays(question, stances.between(question.from(), question.to()), parts, values);
        } else {
            // Whole weeks or months in range come from the tallies; the days of a period the range cuts
            // (at most one at each end) are summed from the stances, in the same query.
            Optional<LocalDate> wholeFrom =
                    question.from().map(d -> granularity.start(d).equals(d) ? d : granularity.next(d));
            Optional<LocalDate> wholeUntil = question.to()
                    .map(d -> granularity.next(d).equals(d.plusDays(1)) ? d.plusDays(1) : granularity.start(d));
            boolean anyWhole = wholeFrom.isEmpty()
                    || wholeUntil.isEmpty()
                    || wholeFrom.get().isBefore(wholeUntil.get());
            if (!anyWhole) {
                addDays(question, stances.between(question.from(), question.to()), parts, values);
            } else {
                // The periods that begin from wholeFrom to the day before wholeUntil: whole ones, as both
                // bounds fall on a period's first day.
                SqlConditions where = stances.between(wholeFrom, wholeUntil.map(d -> d.minusDays(1)))
                        .tallyConditions(granularity.word());
                parts.add("SELECT actor_code, position_id, period, " + StanceSums.TALLY_COLUMNS
                        + " FROM stance_tally t " + where.sql());
                values.addAll(where.values());
                if (question.from().isPresent()
                        && !wholeFrom.get().equals(question.from().get())) {
                    addDays(
                            question,
                            stances.between(question.from(), wholeFrom.map(d -> d.minusDays(1))),
                            parts,
                            values);
                }
                if (question.to().isPresent()
                        && !wholeUntil.get().equals(question.to().get().plusDays(1))) {
                    addDays(question, stances.between(wholeUntil, question.to()), parts, values);
                }
            }
        }
        // Ordered by the date, not its text: the tally key's order, so whole periods need no sort.
        String sql = "SELECT actor_code, position_id, period::text AS first_day, " + StanceSums.TALLY_COLUMNS
                + "\nFROM (" + String.join("\nUNION ALL\n", parts)
                + ") periods\nORDER BY periods.actor_code, periods.position_id, periods.period";
        try {
            computing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to read a timeline", e);
        }
        try (Connection connection = dataSource.getConnection()) {
            // A cursor (fetch size, inside a transaction) instead of the whole result in memory: a whole
            // topic is tens of thousands of rows, and many may be asked for at once.
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH_ROWS);
                for (int i = 0; i < values.size(); i++) {
                    query.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        long support = rs.getLong(4);
                        long oppose = rs.getLong(5);
                        double net = net(rs.getLong(6), rs.getLong(7));
                        sink.point(rs.getString(1), rs.getString(2), rs.getString(3), support, oppose, net);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } finally {
            computing.release();
        }
    }

    /** The stances of some days, summed per period of the question's granularity. */
    private static void addDays(Question question, StanceFilter days, List<String> parts, List<Object> values) {
        SqlConditions where = days.conditions();
        if (question.granularity() == Granularity.DAY) {
            // Grouped by the indexed column itself, the sums stream in index order: no hash, no sort.
            parts.add("SELECT actor_code, position_id, stance_date AS period, " + StanceSums.OF_STANCES
                    + " FROM stance s " + where.sql() + " GROUP BY actor_code, position_id, stance_date");
        } else {
            parts.add("SELECT actor_code, position_id, date_trunc(?, stance_date::timestamp)::date AS period, "
                    + StanceSums.OF_STANCES + " FROM stance s " + where.sql() + " GROUP BY 1, 2, 3");
            values.add(question.granularity().word());
        }
        values.addAll(where.values());
    }
}
