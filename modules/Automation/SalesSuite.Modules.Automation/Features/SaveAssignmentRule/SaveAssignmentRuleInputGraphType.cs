using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.SaveAssignmentRule;

internal sealed class SaveAssignmentRuleInputGraphType : TypedInputGraphType<SaveAssignmentRuleInput>
{
    public SaveAssignmentRuleInputGraphType()
        : base("SaveAssignmentRuleInput", "A new rule (without id, placed last) or the whole of an existing one.")
    {
        Input("id", new IdGraphType());
        Input("version", new LongGraphType());
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("kinds", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("AssignmentKind"))));
        Input("regions", Strings());
        Input("levels", Strings());
        Input("sources", Strings());
        Input("needs", Strings());
        Input("minValue", new DecimalGraphType(), "The least opportunity amount in the base currency; null for any.");
        Input("matchTerritory", new BooleanGraphType());
        Input("targetUserId", new StringGraphType());
        Input("targetTeamId", new IdGraphType());
        Input("strategy", new NonNullGraphType(new GraphQLTypeReference("AssignmentStrategy")));
        Input("active", new BooleanGraphType());
    }

    protected override SaveAssignmentRuleInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Name = values.Text("name"),
        Kinds = values.Values<AssignmentKind>("kinds"),
        Regions = values.Texts("regions"),
        Levels = values.Texts("levels"),
        Sources = values.Texts("sources"),
        Needs = values.Texts("needs"),
        MinValue = values.Value<decimal>("minValue"),
        MatchTerritory = values.Value<bool>("matchTerritory"),
        TargetUserId = values.Text("targetUserId"),
        TargetTeamId = values.RawText("targetTeamId"),
        Strategy = values.Value<AssignmentStrategy>("strategy"),
        Active = values.Value<bool>("active"),
    };

    private static ListGraphType Strings() => new(new NonNullGraphType(new StringGraphType()));
}
