package org.onrecord.server;

/** The body of every error answer: {@code {"status": 400, "error": "what went wrong and how to fix it"}}. */
record ApiError(int status, String error) {}
