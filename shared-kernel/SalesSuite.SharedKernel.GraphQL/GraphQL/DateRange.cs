using GraphQL;
using GraphQL.Types;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>The inclusive <c>from</c>/<c>to</c> day arguments of statistics queries, read and checked in one place.</summary>
public static class DateRange
{
    /// <summary>Longest range a statistics query accepts: about ten years.</summary>
    public const int MaxDays = 3700;

    public static QueryArguments Arguments() => new(
        new QueryArgument(new NonNullGraphType(new DateOnlyGraphType())) { Name = "from", Description = "First day (inclusive)." },
        new QueryArgument(new NonNullGraphType(new DateOnlyGraphType())) { Name = "to", Description = "Last day (inclusive)." });

    /// <summary>The range of the field's arguments; VALIDATION when <c>to</c> is before <c>from</c> or too far after it.</summary>
    public static (DateOnly From, DateOnly To) Read(IResolveFieldContext ctx) => Check(ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"));

    /// <summary>The range when <paramref name="to"/> is not before <paramref name="from"/> and at most <see cref="MaxDays"/> later; VALIDATION on <c>to</c>
    /// otherwise.</summary>
    public static (DateOnly From, DateOnly To) Check(DateOnly from, DateOnly to)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            const string message = "must not be before from, at most ten years later.";
            throw new AppException(ErrorCodes.Validation, "to " + message, [new FieldError("to", message)]);
        }

        return (from, to);
    }
}
