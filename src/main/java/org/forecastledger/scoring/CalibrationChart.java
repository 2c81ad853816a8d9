package org.forecastledger.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of a calibration chart: stated probability (band midpoint) on x, observed frequency on y, a point per
 * hedge band sized by its count, and the diagonal of perfect calibration.
 */
public record CalibrationChart(int size, int margin, List<Point> points, List<Tick> ticks) {

    static final int SIZE = 320;
    static final int MARGIN = 44;

    public record Point(String label, String range, int count, double stated, double observed, double x, double y,
            double radius) {
        public double labelY() {
            return y - radius - 4;
        }
    }

    public record Tick(String label, double at) {
    }

    public static CalibrationChart of(List<CalibrationBin> bins) {
        double plot = SIZE - 2.0 * MARGIN;
        List<Point> points = new ArrayList<>();
        int max = bins.stream().mapToInt(CalibrationBin::count).max().orElse(1);
        for (CalibrationBin bin : bins) {
            if (bin.count() == 0) {
                continue;
            }
            double x = MARGIN + bin.stated() * plot;
            double y = SIZE - MARGIN - bin.observed() * plot;
            double radius = 4 + 10 * Math.sqrt((double) bin.count() / Math.max(1, max));
            points.add(new Point(bin.band().label, bin.band().percentRange(), bin.count(), bin.stated(),
                    bin.observed(), x, y, radius));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            ticks.add(new Tick(percent + " %", MARGIN + percent / 100.0 * plot));
        }
        return new CalibrationChart(SIZE, MARGIN, points, ticks);
    }

    public int plotEnd() {
        return size - margin;
    }

    public int middle() {
        return size / 2;
    }

    /** Baseline of a y-axis tick label, centred on its grid line. */
    public double labelY(Tick tick) {
        return yOf(tick) + 4;
    }

    /** The y coordinate of a tick (the axes share the scale, mirrored). */
    public double yOf(Tick tick) {
        return size - tick.at();
    }
}
