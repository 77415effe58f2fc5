using GraphQL.Types;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.LogInteraction;

internal sealed class LogInteractionInputGraphType : TypedInputGraphType<LogInteractionInput>
{
    public LogInteractionInputGraphType()
        : base("LogInteractionInput", "A call, visit, email or note to add to a customer's timeline.")
    {
        Input("customerId", new NonNullGraphType(new IdGraphType()));
        Input("kind", new NonNullGraphType(new GraphQLTypeReference("InteractionKind")));
        Input("subject", new NonNullGraphType(new StringGraphType()));
        Input("notes", new StringGraphType());
        Input("occurredAt", new DateTimeOffsetGraphType());
        Input("nextFollowUpAt", new DateTimeOffsetGraphType());
    }

    protected override LogInteractionInput Bind(InputValues values) => new()
    {
        CustomerId = values.RawText("customerId"),
        Kind = values.Value<InteractionKind>("kind")!.Value,
        Subject = values.Text("subject"),
        Notes = values.Text("notes"),
        OccurredAt = values.Value<DateTimeOffset>("occurredAt")?.ToUniversalTime(),
        NextFollowUpAt = values.Value<DateTimeOffset>("nextFollowUpAt")?.ToUniversalTime(),
    };
}
