using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class AssignmentRuleGraphType : ObjectGraphType<AssignmentRule>
{
    public AssignmentRuleGraphType()
    {
        Name = "AssignmentRule";
        Description = "A tenant's rule for assigning new customers and opportunities (AUTO1), tried in position order.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("AssignmentRule", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Position);
        Field(x => x.Active);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentKindGraphType>>>>("kinds").Description("The kinds of new records the rule applies to.")
            .Resolve(ctx => new[] { ctx.Source.ForCustomers ? AssignmentKind.Customer : (AssignmentKind?)null,
                ctx.Source.ForOpportunities ? AssignmentKind.Opportunity : null }.OfType<AssignmentKind>().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Any of these customer regions; empty for any.")
            .Resolve(ctx => ctx.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("levels").Description("Any of these customer levels; empty for any.")
            .Resolve(ctx => ctx.Source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Description("Any of these sources; empty for any.")
            .Resolve(ctx => ctx.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needs")
            .Description(
                "Keywords, one of which the need must contain (an opportunity's title and requirement, a customer's category and industry); empty for any.")
                    .Resolve(ctx => ctx.Source.Needs);
        Field(x => x.MinValue, nullable: true).Description("The least opportunity amount in the base currency.").FieldType.NotDerived();
        Field(x => x.MatchTerritory).Description("Only the target's reps whose territory is the record's region are candidates.");
        Field(x => x.TargetUserId, nullable: true).Description("The target rep, when the rule assigns to one rep.");
        Field<IdGraphType>("targetTeamId").Description("The target team, when the rule assigns among a team's reps.")
            .Resolve(ctx => ctx.Source.TargetTeamId is { } id ? GlobalId.Encode("Team", id) : null);
        Field<NonNullGraphType<AssignmentStrategyGraphType>>("strategy").Resolve(ctx => ctx.Source.Strategy);
        Field(x => x.Version);
    }
}
