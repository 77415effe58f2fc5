using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.UpdateOpportunity;

internal sealed class UpdateOpportunityInputGraphType : TypedInputGraphType<UpdateOpportunityInput>
{
    public UpdateOpportunityInputGraphType()
        : base("UpdateOpportunityInput", "Changes to an opportunity; fields left out stay as they are.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
        Input("title", new StringGraphType());
        Input("requirement", new StringGraphType());
        Input("amount", new DecimalGraphType(), OpportunityUnits.Amount);
        Input("currency", new StringGraphType());
        Input("expectedCloseDate", new DateOnlyGraphType());
        Input("probability", new IntGraphType(), OpportunityUnits.Probability);
        Input("source", new StringGraphType());
    }

    protected override UpdateOpportunityInput Bind(InputValues values) => new()
    {
        Id = values.RawText("id"),
        Version = values.Value<long>("version"),
        Title = values.OptionalText("title"),
        Requirement = values.OptionalText("requirement"),
        Amount = values.OptionalValue<decimal>("amount"),
        Currency = values.OptionalText("currency"),
        ExpectedCloseDate = values.OptionalValue<DateOnly>("expectedCloseDate"),
        Probability = values.OptionalValue<int>("probability"),
        Source = values.OptionalText("source"),
    };
}
