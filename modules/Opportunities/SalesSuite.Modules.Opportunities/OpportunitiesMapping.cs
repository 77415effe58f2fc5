using Mapster;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Features.CreateOpportunity;
using SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities;

/// <summary>
/// The Opportunities module's one Mapster configuration: the typed inputs of createOpportunity and updateOpportunity onto the
/// domain's <see cref="OpportunityDetailsEdit"/> (which says what each detail sent means). State changes are not mapped: they go
/// through the aggregate's methods. <c>OpportunitiesMappingTests</c> compiles it, which fails on a destination member nothing fills.
/// </summary>
internal static class OpportunitiesMapping
{
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };

        // A field left out stays left out: Optional values are copied as they are, never taken apart.
        config.NewConfig<Optional<string?>, Optional<string?>>().MapWith(o => o);
        config.NewConfig<Optional<decimal?>, Optional<decimal?>>().MapWith(o => o);
        config.NewConfig<Optional<int?>, Optional<int?>>().MapWith(o => o);
        config.NewConfig<Optional<DateOnly?>, Optional<DateOnly?>>().MapWith(o => o);

        config.NewConfig<CreateOpportunityInput, OpportunityDetailsEdit>();
        config.NewConfig<UpdateOpportunityInput, OpportunityDetailsEdit>();
        return config;
    }
}
