using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Sample.Loyalty;

/// <summary>
/// SAMPLE vendor module, loaded from the host's plugins folder: a fixed loyalty programme as a root query field,
/// and a <c>loyaltyTier</c> field added to the Customers module's <c>Customer</c> type, known only by its name.
/// No database, no services.
/// </summary>
public sealed class LoyaltyModule : IModule
{
    public string Name => "Loyalty";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // Nothing to register: the graph type classes below are registered in DI by the host's scan of plugin assemblies.
    }

    public void AddSchema(ISchemaSlice schema)
    {
        schema.AddType<LoyaltyTierGraphType>();
        schema.AddType<LoyaltyProgramGraphType>();

        schema.AddQueryField(Fields.Create(
            "loyaltyProgram",
            new NonNullGraphType(new GraphQLTypeReference("LoyaltyProgram")),
            _ => Task.FromResult<object?>(LoyaltyProgram.Default),
            "The loyalty programme and its tiers (sample plugin)."));

        schema.ExtendType("Customer", Fields.Create(
            "loyaltyTier",
            new NonNullGraphType(new StringGraphType()),
            ctx => Task.FromResult<object?>(LoyaltyProgram.TierForLevel(((ICustomerRecord)ctx.Source!).Level)),
            "The customer's loyalty tier, derived from its level: A -> GOLD, B -> SILVER, anything else -> BRONZE (sample plugin)."));
    }
}

/// <summary>A loyalty programme: a name and its tiers, lowest first.</summary>
public sealed record LoyaltyProgram(string Name, IReadOnlyList<LoyaltyTier> Tiers)
{
    public static LoyaltyProgram Default { get; } = new(
        "SalesSuite Rewards",
        [new LoyaltyTier("BRONZE", 0), new LoyaltyTier("SILVER", 1000), new LoyaltyTier("GOLD", 5000)]);

    public static string TierForLevel(string? level) => level switch
    {
        "A" => "GOLD",
        "B" => "SILVER",
        _ => "BRONZE",
    };
}

/// <summary>A tier of the programme and the points needed to reach it.</summary>
public sealed record LoyaltyTier(string Name, int MinimumPoints);

internal sealed class LoyaltyProgramGraphType : ObjectGraphType<LoyaltyProgram>
{
    public LoyaltyProgramGraphType()
    {
        Name = "LoyaltyProgram";
        Description = "A loyalty programme (sample plugin).";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoyaltyTierGraphType>>>>("tiers")
            .Description("The tiers, lowest first.")
            .Resolve(ctx => ctx.Source.Tiers);
    }
}

internal sealed class LoyaltyTierGraphType : ObjectGraphType<LoyaltyTier>
{
    public LoyaltyTierGraphType()
    {
        Name = "LoyaltyTier";
        Description = "A tier of a loyalty programme (sample plugin).";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("minimumPoints").Resolve(ctx => ctx.Source.MinimumPoints);
    }
}
