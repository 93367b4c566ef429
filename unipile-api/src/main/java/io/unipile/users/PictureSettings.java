package io.unipile.users;

import java.util.Objects;

/**
 * How LinkedIn shows a new profile or cover picture ({@code picture_settings[...]}): a filter, the corners of the
 * crop, and adjustments. Every setting is optional; build with {@link #builder()}.
 */
public final class PictureSettings {
    private final PictureFilter filter;
    private final Point topLeft;
    private final Point topRight;
    private final Point bottomLeft;
    private final Point bottomRight;
    private final Double contrast;
    private final Double vignette;
    private final Double saturation;
    private final Double brightness;

    private PictureSettings(Builder b) {
        this.filter = b.filter;
        this.topLeft = b.topLeft;
        this.topRight = b.topRight;
        this.bottomLeft = b.bottomLeft;
        this.bottomRight = b.bottomRight;
        this.contrast = finite("contrast", b.contrast);
        this.vignette = finite("vignette", b.vignette);
        this.saturation = finite("saturation", b.saturation);
        this.brightness = finite("brightness", b.brightness);
    }

    private static Double finite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number but was " + value);
        }
        return value;
    }

    /** An empty builder: the picture as uploaded. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every setting. */
    public Builder toBuilder() {
        Builder b = new Builder().filter(filter).contrast(contrast).vignette(vignette).saturation(saturation)
                .brightness(brightness);
        b.topLeft = topLeft;
        b.topRight = topRight;
        b.bottomLeft = bottomLeft;
        b.bottomRight = bottomRight;
        return b;
    }

    /** {@code [filter]}, or {@code null}. */
    public PictureFilter filter() {
        return filter;
    }

    /** {@code [layout][topLeft]}, or {@code null}. */
    public Point topLeft() {
        return topLeft;
    }

    /** {@code [layout][topRight]}, or {@code null}. */
    public Point topRight() {
        return topRight;
    }

    /** {@code [layout][bottomLeft]}, or {@code null}. */
    public Point bottomLeft() {
        return bottomLeft;
    }

    /** {@code [layout][bottomRight]}, or {@code null}. */
    public Point bottomRight() {
        return bottomRight;
    }

    /** {@code [contrast]}, or {@code null}. */
    public Double contrast() {
        return contrast;
    }

    /** {@code [vignette]}, or {@code null}. */
    public Double vignette() {
        return vignette;
    }

    /** {@code [saturation]}, or {@code null}. */
    public Double saturation() {
        return saturation;
    }

    /** {@code [brightness]}, or {@code null}. */
    public Double brightness() {
        return brightness;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PictureSettings s && Objects.equals(filter, s.filter) && Objects.equals(topLeft, s.topLeft)
                && Objects.equals(topRight, s.topRight) && Objects.equals(bottomLeft, s.bottomLeft)
                && Objects.equals(bottomRight, s.bottomRight) && Objects.equals(contrast, s.contrast)
                && Objects.equals(vignette, s.vignette) && Objects.equals(saturation, s.saturation)
                && Objects.equals(brightness, s.brightness);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filter, topLeft, topRight, bottomLeft, bottomRight, contrast, vignette, saturation,
                brightness);
    }

    @Override
    public String toString() {
        return "PictureSettings[filter=" + filter + ", topLeft=" + topLeft + ", topRight=" + topRight
                + ", bottomLeft=" + bottomLeft + ", bottomRight=" + bottomRight + ", contrast=" + contrast
                + ", vignette=" + vignette + ", saturation=" + saturation + ", brightness=" + brightness + "]";
    }

    /**
     * A corner of the crop, in the picture's coordinates as LinkedIn's editor gives them.
     *
     * @param x the horizontal coordinate
     * @param y the vertical coordinate
     */
    public record Point(double x, double y) {
        public Point {
            finite("x", x);
            finite("y", y);
        }
    }

    /** Builds {@link PictureSettings}. */
    public static final class Builder {
        private PictureFilter filter;
        private Point topLeft;
        private Point topRight;
        private Point bottomLeft;
        private Point bottomRight;
        private Double contrast;
        private Double vignette;
        private Double saturation;
        private Double brightness;

        private Builder() {
        }

        /** {@code [filter]}. */
        public Builder filter(PictureFilter filter) {
            this.filter = filter;
            return this;
        }

        /** {@code [layout][topLeft][x]} and {@code [y]}. */
        public Builder topLeft(double x, double y) {
            this.topLeft = new Point(x, y);
            return this;
        }

        /** {@code [layout][topRight][x]} and {@code [y]}. */
        public Builder topRight(double x, double y) {
            this.topRight = new Point(x, y);
            return this;
        }

        /** {@code [layout][bottomLeft][x]} and {@code [y]}. */
        public Builder bottomLeft(double x, double y) {
            this.bottomLeft = new Point(x, y);
            return this;
        }

        /** {@code [layout][bottomRight][x]} and {@code [y]}. */
        public Builder bottomRight(double x, double y) {
            this.bottomRight = new Point(x, y);
            return this;
        }

        /** {@code [contrast]}. */
        public Builder contrast(Double contrast) {
            this.contrast = contrast;
            return this;
        }

        /** {@code [vignette]}. */
        public Builder vignette(Double vignette) {
            this.vignette = vignette;
            return this;
        }

        /** {@code [saturation]}. */
        public Builder saturation(Double saturation) {
            this.saturation = saturation;
            return this;
        }

        /** {@code [brightness]}. */
        public Builder brightness(Double brightness) {
            this.brightness = brightness;
            return this;
        }

        /** The settings; fails on a number that is not finite. */
        public PictureSettings build() {
            return new PictureSettings(this);
        }
    }
}
