using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Opportunities.Features.CreateOpportunity;

internal sealed class CreateOpportunityInputGraphType : TypedInputGraphType<CreateOpportunityInput>
{
    public CreateOpportunityInputGraphType()
        : base("CreateOpportunityInput", "A new opportunity; it starts in the first open stage unless stageId says otherwise.")
    {
        Input("customerId", new NonNullGraphType(new IdGraphType()));
        Input("title", new NonNullGraphType(new StringGraphType()));
        Input("requirement", new StringGraphType());
        Input("amount", new DecimalGraphType(), OpportunityUnits.Amount);
        Input("currency", new StringGraphType());
        Input("expectedCloseDate", new DateOnlyGraphType());
        Input("probability", new IntGraphType(), OpportunityUnits.Probability);
        Input("source", new StringGraphType());
        Input("ownerId", new StringGraphType());
        Input("stageId", new IdGraphType());
    }

    protected override CreateOpportunityInput Bind(InputValues values) => new()
    {
        CustomerId = values.RawText("customerId"),
        Title = values.Text("title"),
        Requirement = values.OptionalText("requirement"),
        Amount = values.OptionalValue<decimal>("amount"),
        Currency = values.OptionalText("currency"),
        ExpectedCloseDate = values.OptionalValue<DateOnly>("expectedCloseDate"),
        Probability = values.OptionalValue<int>("probability"),
        Source = values.OptionalText("source"),
        OwnerId = values.Text("ownerId"),
        StageId = values.RawText("stageId"),
    };
}
