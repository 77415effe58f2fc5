using Mapster;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Integration;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;

/// <summary>Changes the details sent; a new amount or currency is converted again (at the kept rate, or the new currency's rate of the same day).</summary>
internal sealed class UpdateOpportunityHandler(ModuleDbContextFactory<OpportunitiesDbContext> contexts, OpportunityConversion conversion)
{
    public async Task<Opportunity> HandleAsync(UpdateOpportunityInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var opportunity = await db.LoadOpportunityAsync(input.Id, input.Version, ct);
        var currency = opportunity.Currency;
        var title = input.Title.HasValue ? input.Title.Value ?? string.Empty : null;
        opportunity.Edit(input.Adapt<OpportunityDetailsEdit>(OpportunitiesMapping.Config).ToDetails() with { Title = title });
        if (input.Amount.HasValue || input.Currency.HasValue)
        {
            var day = DateOnly.FromDateTime(opportunity.CreatedAt.UtcDateTime);
            await conversion.ConvertAsync(opportunity, day, currencyChanged: currency != opportunity.Currency, ct);
        }

        db.Touch(opportunity);
        await db.SaveChangesAsync(ct);
        return opportunity;
    }
}
