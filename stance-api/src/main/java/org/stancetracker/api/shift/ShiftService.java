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
            String actor, String position, String from, String to, LocalDate previousDay, LocalDate day) {}

    public Shifts shifts(
            String topic,
            Optional<String> actor,
            Optional<String> position,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            RequestParameters.ReadBy readBy)
            throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (Timeline.Series series : timeline.timeline(
                        new TimelineService.Question(topic, actor, position, from, to, Granularity.DAY, readBy))
                .series()) {
            String previous = null;
            LocalDate previousDay = null;
            for (Timeline.Point point : series.points()) {
                String stance = point.stance();
                if (!"support".equals(stance) && !"oppose".equals(stance)) {
                    continue;
                }
                LocalDate day = LocalDate.parse(point.period());
                if (previous != null && !previous.equals(stance)) {
                    changes.add(new Change(series.actor(), series.position(), previous, stance, previousDay, day));
                }
                previous = stance;
                previousDay = day;
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
                            change.to())));
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
