using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Sample.Loyalty;

/// <summary>
/// SAMPLE vendor module, loaded from the host's plugins folder: a fixed loyalty programme as a root query field,
/// a <c>loyaltyTier</c> field added to the Customers module's <c>Customer</c> type, known only by its name, and a
/// mutation that changes no table of its own but is audited through the kernel's <see cref="IAuditLog"/>.
/// No database of its own, no services.
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
        schema.AddType<RedeemLoyaltyRewardInputGraphType>();
        schema.AddType<RedeemLoyaltyRewardPayloadGraphType>();

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

        schema.AddMutationField(Fields.Create(
            "redeemLoyaltyReward",
            new NonNullGraphType(new GraphQLTypeReference("RedeemLoyaltyRewardPayload")),
            RedeemAsync,
            "Redeems a reward of the loyalty programme for a customer you can see, and records it in the audit log (sample plugin: no real system receives " +
            "it).",
            new QueryArguments(new QueryArgument(new NonNullGraphType(new GraphQLTypeReference("RedeemLoyaltyRewardInput"))) { Name = "input" })));
    }

    private static async Task<object?> RedeemAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        services.GetRequiredService<IAuditContext>().Operation = "redeemLoyaltyReward";
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var customerId = input.GetValueOrDefault("customerId") as string;
        var reward = (input.GetValueOrDefault("reward") as string)?.Trim();
        if (!GlobalId.TryDecode(customerId, out var type, out var id) || type != "Customer")
        {
            throw new AppException(ErrorCodes.Validation, "customerId is not a customer's id.", [new FieldError("customerId", "is not a customer's id.")]);
        }

        if (string.IsNullOrEmpty(reward) || reward.Length > 100)
        {
            throw new AppException(ErrorCodes.Validation, "reward must be 1 to 100 characters.", [new FieldError("reward", "must be 1 to 100 characters.")]);
        }

        var visible = await services.GetRequiredService<ICustomerDirectory>().VisibleAsync([id], context.CancellationToken);
        if (!visible.Contains(id))
        {
            throw AppException.NotFound("Customer", customerId!);
        }

        await services.GetRequiredService<IAuditLog>().RecordAsync("Loyalty", "Customer", id.ToString("N"), "REDEEMED",
            new Dictionary<string, object?> { ["reward"] = reward }, context.CancellationToken);
        return new Dictionary<string, object?> { ["customerId"] = customerId, ["reward"] = reward };
    }
}

internal sealed class RedeemLoyaltyRewardInputGraphType : InputObjectGraphType
{
    public RedeemLoyaltyRewardInputGraphType()
    {
        Name = "RedeemLoyaltyRewardInput";
        Description = "A reward to redeem for a customer (sample plugin).";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer's id.");
        Field<NonNullGraphType<StringGraphType>>("reward").Description("The reward, 1 to 100 characters.");
    }
}

internal sealed class RedeemLoyaltyRewardPayloadGraphType : ObjectGraphType<Dictionary<string, object?>>
{
    public RedeemLoyaltyRewardPayloadGraphType()
    {
        Name = "RedeemLoyaltyRewardPayload";
        Description = "The redeemed reward (sample plugin).";
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(ctx => ctx.Source["customerId"]);
        Field<NonNullGraphType<StringGraphType>>("reward").Resolve(ctx => ctx.Source["reward"]);
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
