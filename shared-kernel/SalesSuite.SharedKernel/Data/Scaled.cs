namespace SalesSuite.SharedKernel.Data;

/// <summary>Money and quantities are kept as integers of 1/10,000: exact sums and ordering in SQL on every provider (every module that stores money uses
/// this).</summary>
public static class Scaled
{
    public const decimal Factor = 10_000m;

    /// <summary>Amounts stay below 10^14 (10^18 scaled), far inside a long, whatever a rate multiplies them by.</summary>
    public const decimal MaxAmount = 100_000_000_000_000m;

    public static long From(decimal value)
    {
        if (Math.Abs(value) >= MaxAmount)
        {
            throw new Errors.AppException(Errors.ErrorCodes.Validation,
                $"The amount {value} is too large: amounts must stay below {MaxAmount:N0}.", [new Errors.FieldError("amount", "is too large.")]);
        }

        return (long)decimal.Round(value * Factor, 0, MidpointRounding.AwayFromZero);
    }

    public static decimal To(long value) => value / Factor;

    /// <summary>The stated rounding rule: money is rounded to cents, half away from zero, per line.</summary>
    public static decimal Cents(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
