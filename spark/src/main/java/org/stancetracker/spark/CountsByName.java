package org.stancetracker.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/** A Spark accumulator of counts by name: the failures of each extractor, summed over the tasks. */
final class CountsByName extends AccumulatorV2<String, Map<String, Long>> {
    private final TreeMap<String, Long> counts = new TreeMap<>();

    @Override
    public boolean isZero() {
        return counts.isEmpty();
    }

    @Override
    public CountsByName copy() {
        CountsByName copy = new CountsByName();
        copy.counts.putAll(counts);
        return copy;
    }

    @Override
    public void reset() {
        counts.clear();
    }

    @Override
    public void add(String name) {
        counts.merge(name, 1L, Long::sum);
    }

    @Override
    public void merge(AccumulatorV2<String, Map<String, Long>> other) {
        other.value().forEach((name, count) -> counts.merge(name, count, Long::sum));
    }

    @Override
    public Map<String, Long> value() {
        return counts;
    }
}
