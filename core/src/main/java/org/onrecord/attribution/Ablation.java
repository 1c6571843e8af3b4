package org.onrecord.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Rules and shapes switched off, for experiments: the engine runs as if they never proposed, so the
 * rules and shapes after them decide instead. Switching off a rule switches off its shapes too.
 *
 * @param rules the rules that propose nothing
 * @param shapes the shapes that propose nothing
 */
public record Ablation(Set<Rule> rules, Set<Shape> shapes) {
    /** Every rule and shape on: the engine as shipped. */
    public static final Ablation NONE = new Ablation(Set.of(), Set.of());

    public Ablation {
        rules = Set.copyOf(rules);
        shapes = Set.copyOf(shapes);
    }

    /**
     * The rules and shapes named by their labels ("according-to", "previous-subject"). A label that
     * names both a rule and a shape ("unsourced") switches off the rule, and with it the shape.
     *
     * @throws IllegalArgumentException for a label that names neither, listing the known ones
     */
    public static Ablation of(Collection<String> labels) {
        List<Rule> rules = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (String label : labels) {
            Rule r = Rule.byLabel(label);
            Shape s = Shape.byLabel(label);
            if (r != null) {
                rules.add(r);
            } else if (s != null) {
                shapes.add(s);
            } else {
                throw new IllegalArgumentException("no rule or shape named \"" + label + "\"; known: " + known());
            }
        }
        return new Ablation(Set.copyOf(rules), Set.copyOf(shapes));
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Rule r : Rule.values()) {
            names.add(r.label());
        }
        for (Shape s : Shape.values()) {
            if (Rule.byLabel(s.label()) == null) {
                names.add(s.label());
            }
        }
        return String.join(", ", names);
    }

    public boolean allows(Rule rule) {
        return !rules.contains(rule);
    }

    public boolean allows(Shape shape) {
        return !shapes.contains(shape) && !rules.contains(shape.family());
    }

    public boolean isEmpty() {
        return rules.isEmpty() && shapes.isEmpty();
    }
}
