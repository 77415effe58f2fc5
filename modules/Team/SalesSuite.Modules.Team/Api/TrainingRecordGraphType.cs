using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Api;

internal sealed class TrainingRecordGraphType : ObjectGraphType<TrainingRecord>
{
    public TrainingRecordGraphType()
    {
        Name = "TrainingRecord";
        Description = "A course a rep took: date, completion and score.";
        Field<NonNullGraphType<StringGraphType>>("userId").Resolve(ctx => ctx.Source.OwnerId);
        Field(x => x.Course);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(ctx => ctx.Source.Date);
        Field(x => x.Completed);
        Field(x => x.Score, nullable: true).FieldType.NotDerived();
        Field(x => x.RecordedBy);
    }
}
