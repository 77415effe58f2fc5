using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Data;

/// <summary>The reads the Opportunities features share: an opportunity to change.</summary>
internal static class OpportunityStore
{
    /// <summary>
    /// The visible opportunity of the global id <paramref name="id"/> (sent as the input's <c>id</c>), tracked and held to
    /// <paramref name="version"/> when one is named; NOT_FOUND otherwise.
    /// </summary>
    public static async Task<Opportunity> LoadOpportunityAsync(this OpportunitiesDbContext db, string? id, long? version, CancellationToken ct)
    {
        var key = GlobalId.Decode(id, "Opportunity", "id");
        var opportunity = await db.Opportunities.AsTracking().FirstOrDefaultAsync(o => o.Id == key, ct)
            ?? throw AppException.NotFound("Opportunity", InputValues.Clean(id)!);
        db.ExpectVersion(opportunity, version);
        return opportunity;
    }
}
