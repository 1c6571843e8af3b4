package org.onrecord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void theOutletIsTheHostWithoutWww() {
        assertThat(Outlets.fromUrl("https://www.BBC.co.uk/news/1")).isEqualTo("bbc.co.uk");
        assertThat(Outlets.fromUrl("http://news.example:8080/a?b=c")).isEqualTo("news.example");
    }

    @Test
    void aUrlWithoutHostHasNoOutlet() {
        assertThat(Outlets.fromUrl("not a url")).isNull();
        assertThat(Outlets.fromUrl("urn:uuid:1234")).isNull();
        assertThat(Outlets.fromUrl(null)).isNull();
    }
}
