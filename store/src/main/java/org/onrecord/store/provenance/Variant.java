package org.onrecord.store.provenance;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an occurrence's words differ from the earliest occurrence's, beyond what outlets may do to a
 * quotation: words left off at either end (truncation), words left out where an ellipsis says so, and
 * words put in square brackets are allowances, not variants. Every other change is classified:
 * negation added/removed, number changed, words substituted, words inserted/removed.
 *
 * @param classes the kinds of change, most serious first
 * @param diff the changes, one "-[earlier words] +[these words]" a change, joined by "; "
 */
record Variant(List<String> classes, String diff) {
    static final String NEGATION_ADDED = "negation-added";
    static final String NEGATION_REMOVED = "negation-removed";
    static final String NUMBER_CHANGED = "number-changed";
    static final String SUBSTITUTED = "words-substituted";
    static final String INSERTED = "words-inserted";
    static final String REMOVED = "words-removed";
    private static final List<String> ORDER = List.of(NEGATION_ADDED, NEGATION_REMOVED, NUMBER_CHANGED, SUBSTITUTED,
            INSERTED, REMOVED);
    private static final Set<String> NEGATORS = Words.resource("negators.txt");
    private static final Set<String> NUMBER_WORDS = Words.resource("numbers.txt");

    /** The variant that {@code words} is of {@code earliest}, or null when it differs only by allowances. */
    static Variant of(List<String> earliest, List<String> words) {
        Set<String> classes = new LinkedHashSet<>();
        List<String> changes = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(earliest, words).getDeltas()) {
            List<String> was = d.getSource().getLines();
            List<String> now = d.getTarget().getLines();
            boolean atStart = d.getSource().getPosition() == 0 && d.getTarget().getPosition() == 0;
            boolean atEnd = d.getSource().getPosition() + was.size() == earliest.size()
                    && d.getTarget().getPosition() + now.size() == words.size();
            if ((atStart || atEnd) && (was.isEmpty() || now.isEmpty())) {
                continue; // one of them quotes more of it: a truncation
            }
            boolean wasGap = !was.isEmpty() && Words.plain(was).isEmpty();
            boolean nowGap = !now.isEmpty() && Words.plain(now).isEmpty();
            if (wasGap || nowGap) {
                continue; // an elision or a bracketed insertion stands where the words differ
            }
            List<String> before = Words.plain(was);
            List<String> after = Words.plain(now);
            if (before.isEmpty() && after.isEmpty()) {
                continue;
            }
            classes.add(classify(before, after));
            changes.add("-[" + Words.join(before) + "] +[" + Words.join(after) + "]");
        }
        if (classes.isEmpty()) {
            return null;
        }
        List<String> sorted = ORDER.stream().filter(classes::contains).toList();
        return new Variant(sorted, String.join("; ", changes));
    }

    private static String classify(List<String> before, List<String> after) {
        long negBefore = before.stream().filter(NEGATORS::contains).count();
        long negAfter = after.stream().filter(NEGATORS::contains).count();
        if (negAfter > negBefore) {
            return NEGATION_ADDED;
        }
        if (negBefore > negAfter) {
            return NEGATION_REMOVED;
        }
        List<String> numBefore = before.stream().filter(Variant::isNumber).toList();
        List<String> numAfter = after.stream().filter(Variant::isNumber).toList();
        if (!numBefore.equals(numAfter)) {
            return NUMBER_CHANGED;
        }
        if (before.isEmpty()) {
            return INSERTED;
        }
        return after.isEmpty() ? REMOVED : SUBSTITUTED;
    }

    private static boolean isNumber(String w) {
        return Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
    }
}
