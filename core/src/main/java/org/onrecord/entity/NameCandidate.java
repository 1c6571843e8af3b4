package org.onrecord.entity;

/**
 * A run of capitalised tokens that may name someone or something.
 *
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 * @param titleToken index of a title or capitalised role before it ("Mr", "President"), or -1
 * @param handle whether it is a social media handle ("@lk-jord"): one name as written, its tokens
 *     joined without spaces
 */
record NameCandidate(int first, int last, int titleToken, boolean handle) {
    NameCandidate(int first, int last, int titleToken) {
        this(first, last, titleToken, false);
    }

    int length() {
        return last - first + 1;
    }
}
