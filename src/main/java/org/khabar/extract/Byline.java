package org.khabar.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire byline near the top of an article, “(Publisher / Agency - 04 February 2022)”: its date becomes the
 * publication date when the input gave none, its names the publisher and agency.
 */
public record Byline(String date, String publisher, String agency) {
    private static final Pattern BYLINE = Pattern.compile("\\(([^()\\n]{2,100}?)\\s+[-\u2013\u2014]\\s+([^()\\n]{4,60})\\)");
    private static final int HEAD = 600;

    /** The byline of {@code text}, or null when its first lines have none with a full date. */
    public static Byline find(String text, DateResolver dates) {
        Matcher m = BYLINE.matcher(text.substring(0, Math.min(HEAD, text.length())));
        while (m.find()) {
            List<DateResolver.Found> found = dates.resolve(m.group(2), null, new java.time.YearMonth[1]);
            if (found.isEmpty() || found.get(0).value().precision() != DateValue.Precision.DAY) continue;
            String[] names = m.group(1).split("/");
            String publisher = names[0].strip();
            String agency = names.length > 1 ? names[names.length - 1].strip() : null;
            return new Byline(found.get(0).value().lexical(), publisher, agency);
        }
        return null;
    }
}
