package org.forecastledger.comparison;

import org.forecastledger.scoring.Tally;
import org.forecastledger.verdict.VerdictStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Geometry of the per-year scoreboard SVG: one stacked bar of verdict counts per year. */
public record ScoreboardChart(int width, int height, List<Bar> bars) {

    public static final int LABEL_WIDTH = 64;
    public static final int BAR_WIDTH = 420;
    public static final int ROW_HEIGHT = 34;

    public record Segment(VerdictStatus status, int count, double x, double width) {
        /** Room for the count inside the segment. */
        public boolean labelled() {
            return width >= 22;
        }

        public double textX() {
            return x + width / 2;
        }
    }

    public record Bar(int year, double y, List<Segment> segments, Tally tally, String summary) {
        public double textY() {
            return y + 15;
        }
    }

    /** Where the hit-rate label of each bar starts. */
    public int rateX() {
        return LABEL_WIDTH + BAR_WIDTH + 10;
    }

    public static ScoreboardChart of(Map<Integer, Tally> tallies) {
        List<Bar> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<Integer, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            for (VerdictStatus status : VerdictStatus.values()) {
                int count = tally.count(status);
                if (count > 0) {
                    double width = (double) BAR_WIDTH * count / tally.total();
                    segments.add(new Segment(status, count, x, width));
                    x += width;
                }
            }
            bars.add(new Bar(entry.getKey(), 6 + row * ROW_HEIGHT, segments, tally, summary(entry.getKey(), tally)));
            row++;
        }
        return new ScoreboardChart(LABEL_WIDTH + BAR_WIDTH + 150, 12 + row * ROW_HEIGHT, bars);
    }

    private static String summary(int year, Tally tally) {
        StringBuilder text = new StringBuilder().append(year).append(": ").append(tally.total()).append(" claims");
        for (VerdictStatus status : VerdictStatus.values()) {
            text.append(", ").append(tally.count(status)).append(' ').append(status.label.toLowerCase());
        }
        return text.toString();
    }
}
