package org.stancetracker.api.shift;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.api.evidence.EvidenceReader;
import org.stancetracker.api.evidence.EvidenceView;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.api.timeline.Granularity;
import org.stancetracker.api.timeline.Timeline;
import org.stancetracker.api.timeline.TimelineService;

/**
 * Finds shifts in one pass over the daily timeline, which the database aggregates: for each actor
 * and position, the days whose prevailing stance is support or oppose, in order; a shift is a day
 * whose stance differs from the previous such day's. A mixed day neither confirms nor breaks a
 * stance, so it is passed over. The evidence of both sides comes in one more query.
 */
@ApplicationScoped
public class ShiftService {
    /** Evidence items shown for each side of a shift. */
    static final int EVIDENCE_PER_SIDE = 3;

    private final TimelineService timeline;
    private final EvidenceReader evidence;

    public ShiftService(TimelineService timeline, EvidenceReader evidence) {
        this.timeline = timeline;
        this.evidence = evidence;
    }

    private record Change(
            String actor,
            String position,
            String from,
            String to,
            LocalDate previousDay,
            LocalDate day,
            long articlesBefore,
            long articlesAfter) {}

    /** Consecutive days of one prevailing stance, and the articles that held it (one stance per article and polarity). */
    private record Run(String stance, LocalDate firstDay, LocalDate lastDay, long articles) {}

    public Shifts shifts(
            String topic,
            Optional<String> actor,
            Optional<String> position,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            RequestParameters.ReadBy readBy,
            int minArticles)
            throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (Timeline.Series series : timeline.timeline(
                        new TimelineService.Question(topic, actor, position, from, to, Granularity.DAY, readBy))
                .series()) {
            // Runs of days with one prevailing stance (mixed days are passed over); a run held in fewer than
            // minArticles articles is left out, so that one misread sentence between two runs of the same
            // stance is no shift and no shift rests on it; runs of one stance that then meet are one run.
            List<Run> runs = new ArrayList<>();
            for (Timeline.Point point : series.points()) {
                String stance = point.stance();
                if (!"support".equals(stance) && !"oppose".equals(stance)) {
                    continue;
                }
                LocalDate day = LocalDate.parse(point.period());
                long articles = "support".equals(stance) ? point.support() : point.oppose();
                Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.stance().equals(stance)) {
                    runs.set(runs.size() - 1, new Run(stance, last.firstDay(), day, last.articles() + articles));
                } else {
                    runs.add(new Run(stance, day, day, articles));
                }
            }
            List<Run> held = new ArrayList<>();
            for (Run run : runs) {
                if (run.articles() < minArticles) {
                    continue;
                }
                Run last = held.isEmpty() ? null : held.get(held.size() - 1);
                if (last != null && last.stance().equals(run.stance())) {
                    held.set(
                            held.size() - 1,
                            new Run(run.stance(), last.firstDay(), run.lastDay(), last.articles() + run.articles()));
                } else {
                    held.add(run);
                }
            }
            for (int i = 1; i < held.size(); i++) {
                Run before = held.get(i - 1);
                Run after = held.get(i);
                changes.add(new Change(
                        series.actor(),
                        series.position(),
                        before.stance(),
                        after.stance(),
                        before.lastDay(),
                        after.firstDay(),
                        before.articles(),
                        after.articles()));
            }
        }
        List<EvidenceReader.Key> keys = new ArrayList<>();
        for (Change change : changes) {
            keys.add(new EvidenceReader.Key(change.actor(), change.position(), change.previousDay()));
            keys.add(new EvidenceReader.Key(change.actor(), change.position(), change.day()));
        }
        // Both polarities are read for each day; each side keeps the stances of its own polarity.
        EvidenceReader.Found read = evidence.evidence(
                topic, keys, 2 * EVIDENCE_PER_SIDE, readBy.applyTo(org.stancetracker.db.query.StanceFilter.all()));
        Map<EvidenceReader.Key, List<EvidenceView>> found = read.evidence();
        List<Shift> shifts = new ArrayList<>();
        for (Change change : changes) {
            shifts.add(new Shift(
                    change.actor(),
                    change.position(),
                    change.from(),
                    change.to(),
                    change.previousDay().toString(),
                    change.day().toString(),
                    side(
                            found.get(new EvidenceReader.Key(change.actor(), change.position(), change.previousDay())),
                            change.from()),
                    side(
                            found.get(new EvidenceReader.Key(change.actor(), change.position(), change.day())),
                            change.to()),
                    change.articlesBefore(),
                    change.articlesAfter()));
        }
        return new Shifts(
                topic,
                shifts,
                org.stancetracker.api.evidence.ArticleCitation.of(
                        read.citations(),
                        shifts.stream()
                                .flatMap(s -> java.util.stream.Stream.concat(s.before().stream(), s.after().stream()))
                                .toList()));
    }

    private static List<EvidenceView> side(List<EvidenceView> items, String polarity) {
        if (items == null) {
            return List.of();
        }
        return items.stream()
                .filter(e -> e.polarity().equals(polarity))
                .limit(EVIDENCE_PER_SIDE)
                .toList();
    }
}
