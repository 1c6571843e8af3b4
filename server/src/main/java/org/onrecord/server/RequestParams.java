package org.onrecord.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.onrecord.model.QuoteType;
import org.onrecord.store.BadQueryException;
import org.onrecord.store.SearchQuery;

/** Reads request parameters, with a 400 naming the parameter for any value that does not parse. */
final class RequestParams {
    private RequestParams() {}

    static SearchQuery search(Context ctx) {
        String type = ctx.queryParam("type");
        QuoteType quoteType = null;
        if (type != null && !type.isBlank()) {
            try {
                quoteType = QuoteType.fromLabel(type.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadQueryException("parameter type: " + e.getMessage());
            }
        }
        String person = ctx.queryParam("person");
        return new SearchQuery(ctx.queryParam("q"), ctx.queryParam("speaker"), ctx.queryParam("org"), ctx.queryParam("outlet"),
                date(ctx, "from"), date(ctx, "to"), quoteType,
                person == null || person.isBlank() ? null : number(person, "person"),
                (int) intParam(ctx, "page", 1), (int) intParam(ctx, "size", 20));
    }

    static long pathId(Context ctx) {
        return number(ctx.pathParam("id"), "id");
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadQueryException("parameter " + name + ": \"" + v + "\" is not a date like 2022-06-01");
        }
    }

    private static long intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        long n = v == null || v.isBlank() ? fallback : number(v, name);
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    private static long number(String v, String name) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException("parameter " + name + ": \"" + v + "\" is not a whole number");
        }
    }
}
