using System.Globalization;

namespace SalesSuite.Modules.Reporting.Rendering;

/// <summary>A value axis that always shows zero and steps in round numbers (1, 2, 2.5 or 5 times a power of ten).</summary>
internal sealed record AxisScale(decimal Min, decimal Max, decimal Step)
{
    public static AxisScale For(IEnumerable<decimal> values, int targetTicks = 5)
    {
        var all = values.ToArray();
        var min = Math.Min(0m, all.DefaultIfEmpty().Min());
        var max = Math.Max(0m, all.DefaultIfEmpty().Max());
        if (min == max)
        {
            max = 1m;
        }

        var step = NiceStep((max - min) / targetTicks);
        return new AxisScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var tick = Min; tick <= Max; tick += Step)
            {
                yield return tick;
            }
        }
    }

    /// <summary>Where <paramref name="value"/> falls between Min (0) and Max (1).</summary>
    public double Fraction(decimal value) => (double)((value - Min) / (Max - Min));

    /// <summary>A short tick label: thousands as k, millions as M, percentages as %, as many decimals as the step needs.</summary>
    public string Label(decimal value, ColumnKind kind)
    {
        if (value == 0)
        {
            return "0";
        }

        var (scaled, step, suffix) = kind is ColumnKind.Percent ? (value * 100m, Step * 100m, "%")
            : Step >= 1_000_000m ? (value / 1_000_000m, Step / 1_000_000m, "M")
            : Step >= 1_000m ? (value / 1_000m, Step / 1_000m, "k")
            : (value, Step, "");
        var decimals = 0;
        for (var shifted = step; decimals < 6 && !decimal.IsInteger(shifted); shifted *= 10m)
        {
            decimals++;
        }

        var format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        return scaled.ToString(format, CultureInfo.InvariantCulture) + suffix;
    }

    private static decimal NiceStep(decimal raw)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1m ? 1m : fraction <= 2m ? 2m : fraction <= 2.5m ? 2.5m : fraction <= 5m ? 5m : 10m;
        return nice * magnitude;
    }
}
