package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    @Test
    void theFormatIsToldByTheExtension() {
        assertThat(InputFormat.byName("s3a://b/crawl/CC-NEWS-001.warc.gz")).isEqualTo(InputFormat.WARC);
        assertThat(InputFormat.byName("day.JSONL")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.byName("day.ndjson.gz")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.byName("part-0.parquet")).isEqualTo(InputFormat.PARQUET);
        assertThat(InputFormat.byName("s3a://b/archive/")).isNull();
    }

    @Test
    void aGivenFormatWinsOverTheExtension() {
        assertThat(Inputs.format(InputFormat.PARQUET, List.of("x.jsonl"))).isEqualTo(InputFormat.PARQUET);
    }

    @Test
    void aDirectoryWithoutFormatAsksForOne() {
        assertThatThrownBy(() -> Inputs.format(null, List.of("archive/")))
                .isInstanceOf(JobError.class).hasMessageContaining("archive/").hasMessageContaining("--format");
    }
}
