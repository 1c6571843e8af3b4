package org.onrecord.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.onrecord.model.Organisation;

/**
 * The organisations of one article, each findable by its name, its name without the acronym in
 * brackets ("Rail, Maritime and Transport (RMT) union"), or its acronym; case does not matter.
 */
final class OrganisationIndex {
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    private final List<Organisation> all = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    /** The index of the organisation known by this name, or -1. */
    int find(String name) {
        Integer i = byKey.get(key(name));
        if (i == null && name.indexOf('(') >= 0) {
            i = byKey.get(key(withoutBrackets(name)));
        }
        String acronym = Acronyms.beforeHyphen(name);
        if (i == null && !acronym.isEmpty()) {
            i = byKey.get(key(acronym)); // "ICU-Ghana": the ICU's branch in Ghana is the ICU
        }
        return i == null ? -1 : i;
    }

    /** The index of the organisation known by this name, added when new. */
    int findOrAdd(String name) {
        int i = find(name);
        return i >= 0 ? i : add(new Organisation(name, List.of()));
    }

    int add(Organisation o) {
        int existing = find(o.name());
        if (existing >= 0) {
            return existing;
        }
        int i = all.size();
        all.add(o);
        byKey.putIfAbsent(key(o.name()), i);
        byKey.putIfAbsent(key(withoutBrackets(o.name())), i);
        for (String acronym : o.acronyms()) {
            byKey.putIfAbsent(key(acronym), i);
        }
        return i;
    }

    /** The name of the only organisation whose name ends in this word ("Labour Party"), or null. */
    String onlyOneEndingIn(String word) {
        if (word == null) {
            return null;
        }
        String found = null;
        for (Organisation o : all) {
            if (o.name().toLowerCase(Locale.ROOT).endsWith(" " + word)) {
                if (found != null) {
                    return null;
                }
                found = o.name();
            }
        }
        return found;
    }

    Organisation get(int i) {
        return all.get(i);
    }

    List<Organisation> list() {
        return List.copyOf(all);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String withoutBrackets(String name) {
        return name.indexOf('(') < 0 ? name : BRACKETS.matcher(name).replaceAll("");
    }
}
