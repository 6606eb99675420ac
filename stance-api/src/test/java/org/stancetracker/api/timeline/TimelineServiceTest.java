package org.stancetracker.api.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineServiceTest {
    @Test
    void every_net_score_is_written_as_java_writes_the_double() {
        for (int thousandths = -1000; thousandths <= 1000; thousandths++) {
            double net = thousandths / 1000.0;
            assertThat(TimelineService.decimal(net)).as("net %s", net).isEqualTo(Double.toString(net));
        }
    }

    @Test
    void the_net_score_is_rounded_to_thousandths_of_the_confidence_sums() {
        assertThat(TimelineService.net(0, 0)).isZero();
        assertThat(TimelineService.net(900_000, 0)).isEqualTo(1.0);
        assertThat(TimelineService.net(0, 600_000)).isEqualTo(-1.0);
        assertThat(TimelineService.net(900_000, 300_000)).isEqualTo(0.5);
        assertThat(TimelineService.net(1_000_000, 2_000_000)).isEqualTo(-0.333);
    }
}
