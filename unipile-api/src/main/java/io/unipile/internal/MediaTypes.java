package io.unipile.internal;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

/** Guesses content types from file names, for the types messaging apps exchange. */
public final class MediaTypes {
    /** The fallback when nothing is known, as the official SDK always sends. */
    public static final String OCTET_STREAM = "application/octet-stream";

    // The JDK's table misses most audio and video formats that voice and video messages use.
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("svg", "image/svg+xml"), Map.entry("bmp", "image/bmp"), Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("mp4", "video/mp4"), Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("webm", "video/webm"), Map.entry("avi", "video/x-msvideo"), Map.entry("mkv", "video/x-matroska"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"),
            Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"), Map.entry("opus", "audio/opus"),
            Map.entry("wav", "audio/wav"), Map.entry("flac", "audio/flac"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("json", "application/json"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private MediaTypes() {
    }

    /** The content type for {@code fileName}, or {@code application/octet-stream}. */
    public static String guess(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot >= 0 && dot < fileName.length() - 1) {
            String type = BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
        }
        String jdk = URLConnection.guessContentTypeFromName(fileName);
        return jdk == null ? OCTET_STREAM : jdk;
    }

    /** Checks that {@code contentType} looks like {@code type/subtype} and can travel in a header. */
    public static String requireValid(String contentType, String field) {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        int slash = contentType.indexOf('/');
        if (slash <= 0 || slash == contentType.length() - 1) {
            throw new IllegalArgumentException(field + " must look like type/subtype but was '" + contentType + "'");
        }
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if (c < ' ' || c >= 127) {
                throw new IllegalArgumentException(field + " contains a control or non-ASCII character");
            }
        }
        return contentType;
    }
}
