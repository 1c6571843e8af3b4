package org.onrecord.model;

import java.util.List;
import java.util.Objects;

/** An organisation the article names, with the acronyms it gives for it ("RMT"). */
public record Organisation(String name, List<String> acronyms) {
    public Organisation {
        Objects.requireNonNull(name, "name");
        acronyms = List.copyOf(acronyms);
    }
}
