using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.GetSalesFunnel;

/// <summary>
/// <c>salesFunnel</c>: per open stage of the pipeline, the entries into it in the period, how many moved on (to a later
/// stage or won), the conversion, the share of them won by now and the days spent in the stage; over the period, the win rate
/// and the cycle time (days from creation to won) of the opportunities closed in it. Counted in SQL over the stage entries and
/// opportunity facts of the read model, within the caller's record scope.
/// </summary>
internal static class GetSalesFunnelField
{
    private const decimal MinutesPerDay = 1440m;

    public static void Register(ISchemaSlice slice)
    {
        var stage = new ObjectGraphType { Name = "FunnelStage", Description = "Entries into one open stage of the pipeline in the period." };
        stage.AddField(Fields
            .Read("stageId", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode("PipelineStage", ((GetSalesFunnelStage)s).StageId)));
        stage.AddField(Fields.Read("stage", new NonNullGraphType(new StringGraphType()), s => ((GetSalesFunnelStage)s).Stage));
        stage.AddField(Fields.Read("position", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelStage)s).Position));
        stage.AddField(Fields.Read("entered", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelStage)s).Entered,
            "Entries into the stage in the period."));
        stage.AddField(Fields.Read("movedOn", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelStage)s).MovedOn,
            "Of those, left for a later stage or won (by now)."));
        stage.AddField(Fields.Read("conversion", new DecimalGraphType(), s => ((GetSalesFunnelStage)s).Conversion, "movedOn / entered, four decimals.")
            .NotDerived());
        stage.AddField(Fields.Read("won", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelStage)s).Won,
            "Of those entries, opportunities won by now."));
        stage.AddField(Fields.Read("winRate", new DecimalGraphType(), s => ((GetSalesFunnelStage)s).WinRate, "won / entered, four decimals.").NotDerived());
        stage.AddField(Fields.Read("averageDaysInStage", new DecimalGraphType(), s => ((GetSalesFunnelStage)s).AverageDaysInStage,
            "Of the entries left by now, two decimals.").NotDerived());
        stage.AddField(Fields.Read("medianDaysInStage", new DecimalGraphType(), s => ((GetSalesFunnelStage)s).MedianDaysInStage).NotDerived());
        var funnel = new ObjectGraphType { Name = "SalesFunnel" };
        funnel.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((GetSalesFunnelResult)s).From));
        funnel.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((GetSalesFunnelResult)s).To));
        funnel.AddField(Fields.Read("stages", new NonNullGraphType(new ListGraphType(new NonNullGraphType(stage))), s => ((GetSalesFunnelResult)s).Stages,
            "In pipeline order."));
        funnel.AddField(Fields.Read("opportunitiesWon", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelResult)s).Won, "Won in the period."));
        funnel.AddField(Fields.Read("opportunitiesLost", new NonNullGraphType(new IntGraphType()), s => ((GetSalesFunnelResult)s).Lost, "Lost in the period."));
        funnel.AddField(Fields.Read("winRate", new DecimalGraphType(), s => ((GetSalesFunnelResult)s).WinRate, "won / (won + lost), four decimals.")
            .NotDerived());
        funnel.AddField(Fields.Read("averageCycleDays", new DecimalGraphType(), s => ((GetSalesFunnelResult)s).AverageCycleDays,
            "Days from creation to won of those won, two decimals.").NotDerived());
        funnel.AddField(Fields.Read("medianCycleDays", new DecimalGraphType(), s => ((GetSalesFunnelResult)s).MedianCycleDays).NotDerived());
        funnel.AddField(Fields.Read("previous", funnel, s => ((GetSalesFunnelResult)s).Previous, "The period of the same length just before."));
        var arguments = DateRange.Arguments();
        SalesReport.AddFilterArguments(arguments);
        slice.AddQueryField(Fields.Create("salesFunnel", new NonNullGraphType(funnel), RunAsync,
            "Stage conversion, win rate and cycle time of a period (inclusive days of the tenant's calendar) within your scope, with the period " +
            "before.", arguments));
    }

    private static async Task<object?> RunAsync(IResolveFieldContext ctx)
    {
        var (from, to) = DateRange.Read(ctx);
        var filter = await SalesReport.ReadFilterAsync(ctx);
        await using var db = ctx.RequestServices!.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().Create();
        var days = to.DayNumber - from.DayNumber + 1;
        var previous = await PeriodAsync(db, from.AddDays(-days), from.AddDays(-1), filter, null, ctx.CancellationToken);
        return await PeriodAsync(db, from, to, filter, previous, ctx.CancellationToken);
    }

    public static async Task<GetSalesFunnelResult> PeriodAsync(ReportingDbContext db, DateOnly from, DateOnly to, ReportFilter filter,
        GetSalesFunnelResult? previous, CancellationToken ct)
    {
        var entries = ReportQuery.Facts(db, db.StageEntries.Where(e => e.Kind == "OPEN"), from, to, filter, []);
        var perStage = await entries.GroupBy(x => x.F.StageId).Select(g => new
        {
            StageId = g.Key,
            Stage = g.Max(x => x.F.Stage),
            Position = g.Max(x => x.F.StagePosition),
            Entered = g.Count(),
            MovedOn = g.Sum(x => x.F.MovedOn ? 1 : 0),
            Left = g.Sum(x => x.F.MinutesInStage != null ? 1 : 0),
            AverageMinutes = g.Average(x => (double?)x.F.MinutesInStage),
        }).ToListAsync(ct);
        var won = await entries.Where(x => db.Opportunities.Any(o => o.OpportunityId == x.F.OpportunityId && o.Status == "WON"))
            .GroupBy(x => x.F.StageId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var stages = new List<GetSalesFunnelStage>();
        foreach (var s in perStage.OrderBy(s => s.Position).ThenBy(s => s.Stage, StringComparer.Ordinal))
        {
            var median = await MedianAsync(entries.Where(x => x.F.StageId == s.StageId && x.F.MinutesInStage != null).Select(x => x.F.MinutesInStage!.Value),
                s.Left, ct);
            stages.Add(new GetSalesFunnelStage(s.StageId, s.Stage ?? string.Empty, s.Position, s.Entered, s.MovedOn, won.GetValueOrDefault(s.StageId),
                Days(s.AverageMinutes), median));
        }

        var closed = ReportQuery.Facts(db, db.Opportunities.Where(o => o.Status != "OPEN"), from, to, filter, [], nameof(OpportunityFact.ClosedDay));
        var outcome = await closed.GroupBy(_ => 1).Select(g => new
        {
            Won = g.Sum(x => x.F.Status == "WON" ? 1 : 0),
            Lost = g.Sum(x => x.F.Status == "LOST" ? 1 : 0),
            AverageMinutes = g.Average(x => (double?)x.F.CycleMinutes),
        }).FirstOrDefaultAsync(ct);
        var cycles = closed.Where(x => x.F.CycleMinutes != null).Select(x => x.F.CycleMinutes!.Value);
        return new GetSalesFunnelResult(from, to, stages, outcome?.Won ?? 0, outcome?.Lost ?? 0, Days(outcome?.AverageMinutes),
            await MedianAsync(cycles, outcome?.Won ?? 0, ct), previous);
    }

    /// <summary>The median of <paramref name="count"/> values, the middle one or two read by the database from the sorted values.</summary>
    private static async Task<decimal?> MedianAsync(IQueryable<long> values, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return null;
        }

        var middle = await values.OrderBy(v => v).Skip((count - 1) / 2).Take(count % 2 == 0 ? 2 : 1).ToListAsync(ct);
        return middle.Count == 0 ? null : decimal.Round(middle.Sum(v => (decimal)v) / middle.Count / MinutesPerDay, 2, MidpointRounding.AwayFromZero);
    }

    private static decimal? Days(double? minutes) => minutes is { } m ? decimal.Round((decimal)m / MinutesPerDay, 2, MidpointRounding.AwayFromZero) : null;
}
