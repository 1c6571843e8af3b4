package org.onrecord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDateTest {
    @Test
    void iso_dates_and_times_keep_their_precision_and_offset() {
        assertThat(PublishedDate.normalise("2024-03-05")).isEqualTo("2024-03-05");
        assertThat(PublishedDate.normalise("2024-03-05T18:42:07+00:00")).isEqualTo("2024-03-05T18:42:07Z");
        assertThat(PublishedDate.normalise("2024-03-05T14:30:00-05:00")).isEqualTo("2024-03-05T14:30:00-05:00");
        assertThat(PublishedDate.normalise("2024-03-05T14:30:00.123+0100")).isEqualTo("2024-03-05T14:30:00+01:00");
        assertThat(PublishedDate.normalise("2024-03-05T21:30:12.481Z")).isEqualTo("2024-03-05T21:30:12Z");
        assertThat(PublishedDate.normalise("2024-03-05 14:30")).isEqualTo("2024-03-05T14:30:00");
        assertThat(PublishedDate.normalise("2024/3/5")).isEqualTo("2024-03-05");
    }

    @Test
    void written_dates_become_iso() {
        assertThat(PublishedDate.normalise("Tue, 5 Mar 2024 14:30:00 GMT")).isEqualTo("2024-03-05T14:30:00Z");
        assertThat(PublishedDate.normalise("March 5, 2024")).isEqualTo("2024-03-05");
        assertThat(PublishedDate.normalise("5th March 2024")).isEqualTo("2024-03-05");
        assertThat(PublishedDate.normalise("Sept. 5, 2024")).isNull();
    }

    @Test
    void anything_else_is_no_date() {
        assertThat(PublishedDate.normalise(null)).isNull();
        assertThat(PublishedDate.normalise("")).isNull();
        assertThat(PublishedDate.normalise("yesterday")).isNull();
        assertThat(PublishedDate.normalise("2024-02-30")).isNull();
        assertThat(PublishedDate.normalise("0001-01-01T00:00:00Z")).isNull();
        assertThat(PublishedDate.normalise("2024-03-05T25:00:00Z")).isNull();
        assertThat(PublishedDate.normalise("2024-03-05T10:00:00+25:00")).isNull();
    }
}
