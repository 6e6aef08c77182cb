package com.reportworkbench.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits a {@link ConfidenceModel} by Newton's method (iteratively reweighted least squares) with an L2
 * penalty on every weight but the bias. A few dozen features and a few thousand figures: a dense
 * solve per step is instant, and no numeric library is needed. The penalty keeps weights of rare
 * features small, which matters when an analyst has reviewed only a few hundred figures.
 */
public final class LogisticFit {
    /** One reviewed figure: its evidence and whether it was right. */
    public record Example(Evidence evidence, boolean right) {
    }

    private static final int MAX_STEPS = 50;
    private static final double TOLERANCE = 1e-8;

    private final double lambda;

    /** @param lambda the L2 penalty; 1 suits a few hundred examples */
    public LogisticFit(double lambda) {
        this.lambda = lambda;
    }

    public ConfidenceModel fit(List<Example> examples, String source) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no reviewed figures to fit on");
        }
        TreeSet<String> names = new TreeSet<>();
        for (Example ex : examples) {
            names.addAll(ex.evidence().values().keySet());
        }
        List<String> features = new ArrayList<>();
        features.add(ConfidenceModel.BIAS);
        features.addAll(names);
        int k = features.size();
        int n = examples.size();
        double[][] x = new double[n][k];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1.0;
            Map<String, Double> v = examples.get(i).evidence().values();
            for (int j = 1; j < k; j++) {
                x[i][j] = v.getOrDefault(features.get(j), 0.0);
            }
            y[i] = examples.get(i).right() ? 1.0 : 0.0;
        }
        double[] w = new double[k];
        double rate = 0;
        for (double yi : y) {
            rate += yi;
        }
        rate = Math.min(Math.max(rate / n, 0.5 / n), 1 - 0.5 / n);
        w[0] = Math.log(rate / (1 - rate)); // start from the base rate
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] grad = new double[k];
            double[][] hess = new double[k][k];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += w[j] * x[i][j];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double r = p * (1 - p);
                for (int a = 0; a < k; a++) {
                    if (x[i][a] == 0) {
                        continue;
                    }
                    grad[a] += (p - y[i]) * x[i][a];
                    for (int b = 0; b < k; b++) {
                        hess[a][b] += r * x[i][a] * x[i][b];
                    }
                }
            }
            for (int j = 1; j < k; j++) {
                grad[j] += lambda * w[j];
                hess[j][j] += lambda;
            }
            hess[0][0] += 1e-9;
            double[] delta = solve(hess, grad);
            // damped Newton: halve the step until the penalised loss goes down (near-collinear features
            // can make a full step overshoot)
            double before = loss(x, y, w);
            double[] next = new double[k];
            double scale = 1.0;
            for (int halving = 0; halving < 30; halving++) {
                for (int j = 0; j < k; j++) {
                    next[j] = w[j] - scale * delta[j];
                }
                if (loss(x, y, next) <= before + 1e-12) {
                    break;
                }
                scale /= 2;
            }
            double size = 0;
            for (int j = 0; j < k; j++) {
                size = Math.max(size, Math.abs(next[j] - w[j]));
                w[j] = next[j];
            }
            if (size < TOLERANCE) {
                break;
            }
        }
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            weights.put(features.get(j), w[j]);
        }
        return new ConfidenceModel(weights, source);
    }

    /** The negative log-likelihood plus the L2 penalty (bias not penalised). */
    private double loss(double[][] x, double[] y, double[] w) {
        double l = 0;
        for (int i = 0; i < x.length; i++) {
            double z = 0;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * x[i][j];
            }
            // log(1 + e^z) computed without overflow
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            l += softplus - y[i] * z;
        }
        for (int j = 1; j < w.length; j++) {
            l += 0.5 * lambda * w[j] * w[j];
        }
        return l;
    }

    /** Solves a·x = b by Gaussian elimination with partial pivoting (a is symmetric positive definite here). */
    static double[] solve(double[][] a, double[] b) {
        int k = b.length;
        double[][] m = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], 0, m[i], 0, k);
            m[i][k] = b[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double d = m[col][col];
            if (Math.abs(d) < 1e-12) {
                continue; // a feature never seen: its weight stays where the penalty holds it
            }
            for (int r = 0; r < k; r++) {
                if (r != col && m[r][col] != 0) {
                    double f = m[r][col] / d;
                    for (int c = col; c <= k; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][k] / m[i][i];
        }
        return out;
    }
}
