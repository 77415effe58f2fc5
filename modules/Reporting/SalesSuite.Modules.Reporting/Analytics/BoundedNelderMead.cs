namespace SalesSuite.Modules.Reporting.Analytics;

/// <summary>
/// Nelder-Mead on the open unit box (0,1)^d with a fixed iteration budget: the simplex moves in unbounded logit
/// coordinates, u = 1/(1 + e^−z), so it cannot collapse onto a face of the box the way clamping does. Callers map (0,1)
/// onto their own bounds. It never throws on non-convergence (MathNet's simplex does) and is deterministic.
/// </summary>
internal static class BoundedNelderMead
{
    private const double MaxLogit = 30;

    public static (double[] Point, double Value) Minimise(Func<double[], double> objective, double[] start, int maxIterations = 600, double tolerance = 1e-10)
    {
        var d = start.Length;
        var simplex = new double[d + 1][];
        var values = new double[d + 1];
        simplex[0] = start.Select(u => Math.Clamp(Math.Log(u / (1 - u)), -MaxLogit, MaxLogit)).ToArray();
        for (var i = 0; i < d; i++)
        {
            var vertex = (double[])simplex[0].Clone();
            vertex[i] += vertex[i] <= 0 ? 1.0 : -1.0;
            simplex[i + 1] = vertex;
        }

        for (var i = 0; i <= d; i++)
        {
            values[i] = Evaluate(objective, simplex[i]);
        }

        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var order = Enumerable.Range(0, d + 1).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
            simplex = order.Select(i => simplex[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();
            if (Math.Abs(values[d] - values[0]) <= tolerance * (Math.Abs(values[0]) + tolerance) && Spread(simplex) < 1e-7)
            {
                break;
            }

            var centroid = new double[d];
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < d; j++)
                {
                    centroid[j] += simplex[i][j] / d;
                }
            }

            var reflected = Towards(centroid, simplex[d], -1.0);
            var reflectedValue = Evaluate(objective, reflected);
            if (reflectedValue < values[0])
            {
                var expanded = Towards(centroid, simplex[d], -2.0);
                var expandedValue = Evaluate(objective, expanded);
                (simplex[d], values[d]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
                continue;
            }

            if (reflectedValue < values[d - 1])
            {
                (simplex[d], values[d]) = (reflected, reflectedValue);
                continue;
            }

            var contracted = reflectedValue < values[d] ? Towards(centroid, simplex[d], -0.5) : Towards(centroid, simplex[d], 0.5);
            var contractedValue = Evaluate(objective, contracted);
            if (contractedValue < Math.Min(values[d], reflectedValue))
            {
                (simplex[d], values[d]) = (contracted, contractedValue);
                continue;
            }

            for (var i = 1; i <= d; i++)
            {
                simplex[i] = Towards(simplex[0], simplex[i], 0.5);
                values[i] = Evaluate(objective, simplex[i]);
            }
        }

        var best = 0;
        for (var i = 1; i <= d; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return (Box(simplex[best]), values[best]);
    }

    private static double Evaluate(Func<double[], double> objective, double[] point)
    {
        var value = objective(Box(point));
        return double.IsFinite(value) ? value : double.MaxValue;
    }

    private static double[] Box(double[] point) => point.Select(z => 1 / (1 + Math.Exp(-z))).ToArray();

    private static double[] Towards(double[] centroid, double[] vertex, double factor) =>
        centroid.Select((c, j) => Math.Clamp(c + factor * (vertex[j] - c), -MaxLogit, MaxLogit)).ToArray();

    private static double Spread(double[][] simplex)
    {
        var boxed = simplex.Select(Box).ToArray();
        return boxed.Skip(1).Max(vertex => vertex.Select((u, j) => Math.Abs(u - boxed[0][j])).Max());
    }
}
