using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// A rep's confirmed sales on one day of the tenant's calendar: the sums of that day's <see cref="SalesLine"/>s of the rep, kept
/// in step with them by the same handler. A report by period, rep or team, filtered at most by reps and teams, reads these
/// rows (one per rep and day) instead of every order line: a year of a busy tenant is thousands of rows, not millions.
/// </summary>
internal sealed class SalesDay : CalendarFact, IOwnedRecord, IVersioned
{
    private SalesDay()
    {
    }

    /// <summary>The rep who owns the orders.</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public long NetInBaseScaled { get; private set; }

    public long QuantityScaled { get; private set; }

    /// <summary>The orders confirmed that day (their first lines).</summary>
    public int Orders { get; private set; }

    public int Lines { get; private set; }

    /// <summary>Raised on every change: two handlers that change the same day at once cannot both commit (one is retried).</summary>
    public long Version { get; private set; }

    public bool IsEmpty => Lines == 0;

    public static SalesDay Of(string ownerId, DateOnly day)
    {
        var sales = new SalesDay { OwnerId = ownerId };
        sales.SetDay(day);
        return sales;
    }

    /// <summary>Counts <paramref name="lines"/> in (<paramref name="sign"/> 1) or out (−1): lines of this rep on this day only.</summary>
    public void Apply(IEnumerable<SalesLine> lines, int sign)
    {
        foreach (var line in lines)
        {
            if (line.OwnerId != OwnerId || line.Day != Day)
            {
                throw new ArgumentException($"Line {line.Id} is {line.OwnerId}'s on {line.Day}, not {OwnerId}'s on {Day}.", nameof(lines));
            }

            NetInBaseScaled += sign * line.NetInBaseScaled;
            QuantityScaled += sign * line.QuantityScaled;
            Orders += sign * line.OrderCount;
            Lines += sign;
        }

        Version++;
    }
}
