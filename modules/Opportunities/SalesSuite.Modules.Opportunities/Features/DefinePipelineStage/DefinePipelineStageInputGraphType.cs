using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.DefinePipelineStage;

internal sealed class DefinePipelineStageInputGraphType : TypedInputGraphType<DefinePipelineStageInput>
{
    public DefinePipelineStageInputGraphType()
        : base("DefinePipelineStageInput", "A new stage (without id) or changes to one (with id).")
    {
        Input("id", new IdGraphType());
        Input("version", new LongGraphType());
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("position", new IntGraphType());
        Input("defaultProbability", new NonNullGraphType(new IntGraphType()), "Chance to win of an opportunity entering the stage, 0-100.");
        Input("kind", new GraphQLTypeReference("StageKind"));
        Input("active", new BooleanGraphType());
    }

    protected override DefinePipelineStageInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Name = values.Text("name"),
        Position = values.Value<int>("position"),
        DefaultProbability = values.Value<int>("defaultProbability"),
        Kind = values.Value<StageKind>("kind"),
        Active = values.Value<bool>("active"),
    };
}
