using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

/// <summary>How many of a cohort of leads reached each later lifecycle stage (a stage only ever moves forward).</summary>
internal sealed record ConversionGroup(string Key, int Leads, int Prospects, int Customers, int RepeatCustomers)
{
    public static decimal? Rate(int reached, int of) => of == 0 ? null : Math.Round((decimal)reached / of, 4, MidpointRounding.AwayFromZero);
}

internal sealed record ConversionResult(ConversionGroup Total, IReadOnlyList<ConversionGroup> ByMonth, IReadOnlyList<ConversionGroup> BySource,
    IReadOnlyList<ConversionGroup> ByOwner);

/// <summary>
/// Conversion rates: the customers registered in a period (the cohort, by UTC day of registration) and how many of
/// them have since become prospects, customers and repeat customers, grouped by month of registration, source and owner.
/// Counted in SQL within the caller's record scope.
/// </summary>
internal static class CustomerConversion
{
    public static void Build(ISchemaSlice slice)
    {
        var group = new ObjectGraphType
        {
            Name = "ConversionGroup",
            Description = "A cohort of leads and how far they have come; rates are 0..1 with four decimals, null when nothing to divide by."
        };
        group.AddField(Fields.Read("key", new NonNullGraphType(new StringGraphType()), s => ((ConversionGroup)s).Key,
            "Month (yyyy-MM), source, owner id, or \"total\"; \"(none)\" for customers without a source."));
        group.AddField(Fields.Read("leads", new NonNullGraphType(new IntGraphType()), s => ((ConversionGroup)s).Leads, "Customers registered in the period."));
        group.AddField(Fields.Read("prospects", new NonNullGraphType(new IntGraphType()), s => ((ConversionGroup)s).Prospects,
            "Of those, how many reached prospect or later."));
        group.AddField(Fields.Read("customers", new NonNullGraphType(new IntGraphType()), s => ((ConversionGroup)s).Customers,
            "Of those, how many reached customer or repeat customer."));
        group.AddField(Fields.Read("repeatCustomers", new NonNullGraphType(new IntGraphType()), s => ((ConversionGroup)s).RepeatCustomers));
        group.AddField(Fields.Read("leadToProspectRate", new DecimalGraphType(),
            s => ConversionGroup.Rate(((ConversionGroup)s).Prospects, ((ConversionGroup)s).Leads)).NotDerived());
        group.AddField(Fields.Read("prospectToCustomerRate", new DecimalGraphType(),
            s => ConversionGroup.Rate(((ConversionGroup)s).Customers, ((ConversionGroup)s).Prospects)).NotDerived());
        group.AddField(Fields.Read("leadToCustomerRate", new DecimalGraphType(),
            s => ConversionGroup.Rate(((ConversionGroup)s).Customers, ((ConversionGroup)s).Leads)).NotDerived());
        group.AddField(Fields.Read("customerToRepeatRate", new DecimalGraphType(),
            s => ConversionGroup.Rate(((ConversionGroup)s).RepeatCustomers, ((ConversionGroup)s).Customers)).NotDerived());
        var groups = new NonNullGraphType(new ListGraphType(new NonNullGraphType(group)));
        var result = new ObjectGraphType { Name = "CustomerConversion" };
        result.AddField(Fields.Read("total", new NonNullGraphType(group), s => ((ConversionResult)s).Total));
        result.AddField(Fields.Read("byMonth", groups, s => ((ConversionResult)s).ByMonth, "By month of registration, oldest first."));
        result.AddField(Fields.Read("bySource", groups, s => ((ConversionResult)s).BySource, "By source, largest cohort first."));
        result.AddField(Fields.Read("byOwner", groups, s => ((ConversionResult)s).ByOwner, "By current owner, largest cohort first."));

        slice.AddQueryField(Fields.Create("customerConversion", new NonNullGraphType(result), async ctx =>
        {
            var (from, to) = DateRange.Read(ctx);
            await using var db = ctx.RequestServices!.GetRequiredService<ModuleDbContextFactory<CustomersDbContext>>().Create();
            var cohort = db.Customers.Where(c => c.CreatedOn >= from && c.CreatedOn <= to);
            var byMonth = await Count(cohort.GroupBy(c => new { c.CreatedOn!.Value.Year, c.CreatedOn!.Value.Month }), ctx.CancellationToken);
            var bySource = await Count(cohort.GroupBy(c => c.Source), ctx.CancellationToken);
            var byOwner = await Count(cohort.GroupBy(c => c.OwnerId), ctx.CancellationToken);
            var months = byMonth.Select(m => new ConversionGroup($"{m.Key.Year:D4}-{m.Key.Month:D2}", m.Leads, m.Prospects, m.Customers, m.Repeat))
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var total = new ConversionGroup("total", months.Sum(m => m.Leads), months.Sum(m => m.Prospects), months.Sum(m => m.Customers),
                months.Sum(m => m.RepeatCustomers));
            return new ConversionResult(
                total,
                months,
                Largest(bySource.Select(s => new ConversionGroup(string.IsNullOrEmpty(s.Key) ? "(none)" : s.Key, s.Leads, s.Prospects, s.Customers, s.Repeat))),
                Largest(byOwner.Select(s => new ConversionGroup(s.Key, s.Leads, s.Prospects, s.Customers, s.Repeat))));
        }, "Lifecycle conversion of the customers registered in a period (inclusive UTC days), within your scope (CUS5).", DateRange.Arguments()));
    }

    private sealed class Counted<TKey>
    {
        public required TKey Key { get; init; }

        public int Leads { get; init; }

        public int Prospects { get; init; }

        public int Customers { get; init; }

        public int Repeat { get; init; }
    }

    /// <summary>One GROUP BY: the cohort's size and how many reached each later stage.</summary>
    private static Task<List<Counted<TKey>>> Count<TKey>(IQueryable<IGrouping<TKey, Customer>> groups, CancellationToken cancellationToken) =>
        groups.Select(g => new Counted<TKey>
        {
            Key = g.Key,
            Leads = g.Count(),
            Prospects = g.Count(c => c.Lifecycle != LifecycleStage.Lead),
            Customers = g.Count(c => c.Lifecycle == LifecycleStage.Customer || c.Lifecycle == LifecycleStage.RepeatCustomer),
            Repeat = g.Count(c => c.Lifecycle == LifecycleStage.RepeatCustomer),
        }).ToListAsync(cancellationToken);

    private static List<ConversionGroup> Largest(IEnumerable<ConversionGroup> groups) =>
        groups.OrderByDescending(g => g.Leads).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
