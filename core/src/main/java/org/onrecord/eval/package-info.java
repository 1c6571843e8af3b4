/**
 * The reference metric ({@code shared/tools/score.py}) in Java: gold and predicted quotations in
 * code point offsets, {@link org.onrecord.eval.Scorer} and its {@link org.onrecord.eval.Figures}. It
 * lives in core, below its users, so that {@code onrecord eval} and core's own quality ratchet test
 * score with one implementation. It reads only {@code model} and {@code json}; no engine stage uses it.
 */
package org.onrecord.eval;
