using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.RecordTraining;

internal sealed class RecordTrainingInputGraphType : TypedInputGraphType<RecordTrainingInput>
{
    public RecordTrainingInputGraphType()
        : base("RecordTrainingInput", "A course a rep took.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
        Input("course", new NonNullGraphType(new StringGraphType()));
        Input("date", new DateOnlyGraphType());
        Input("completed", new BooleanGraphType());
        Input("score", new DecimalGraphType(), "The course's score, as the course gives it.");
    }

    protected override RecordTrainingInput Bind(InputValues values) => new()
    {
        UserId = values.Text("userId"),
        Course = values.Text("course"),
        Date = values.Value<DateOnly>("date"),
        Completed = values.Value<bool>("completed"),
        Score = values.Value<decimal>("score"),
    };
}
