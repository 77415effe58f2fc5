using Mapster;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Opportunities.Features.CreateOpportunity;
using SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Opportunities.Tests;

/// <summary>The module's one Mapster configuration: complete (every destination member filled), and keeping "left out" apart from "null".</summary>
public sealed class OpportunitiesMappingTests
{
    [Fact]
    public void The_configuration_compiles_with_every_destination_member_filled() => OpportunitiesMapping.Config.Compile();

    [Fact]
    public void A_detail_left_out_stays_left_out_and_one_sent_as_null_is_sent()
    {
        var created = new CreateOpportunityInput { Title = "Deal", Amount = 12.5m, Currency = Optional<string?>.Of(null), Source = "Fair" }
            .Adapt<OpportunityDetailsEdit>(OpportunitiesMapping.Config);
        Assert.Equal(Optional<decimal?>.Of(12.5m), created.Amount);
        Assert.Equal(Optional<string?>.Of(null), created.Currency);
        Assert.Equal(Optional<string?>.Of("Fair"), created.Source);
        Assert.False(created.Requirement.HasValue);
        Assert.False(created.Probability.HasValue);
        Assert.False(created.ExpectedCloseDate.HasValue);

        var updated = new UpdateOpportunityInput { Id = "x", ExpectedCloseDate = Optional<DateOnly?>.Of(null), Probability = 40 }
            .Adapt<OpportunityDetailsEdit>(OpportunitiesMapping.Config);
        Assert.Equal(Optional<DateOnly?>.Of(null), updated.ExpectedCloseDate);
        Assert.Equal(Optional<int?>.Of(40), updated.Probability);
        Assert.False(updated.Amount.HasValue);
        Assert.False(updated.Currency.HasValue);
    }
}
