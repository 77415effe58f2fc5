using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Mutations whose input is a typed record bound by a <see cref="TypedInputGraphType{TInput}"/>.</summary>
public static class TypedMutations
{
    /// <summary>How often a mutation without a version runs when rows it changes are changed under it.</summary>
    private const int MaxAttempts = 3;

    /// <summary>
    /// Adds <c>name(input: Input!): Payload!</c>, handled by a scoped <typeparamref name="THandler"/> that receives the typed
    /// <typeparamref name="TInput"/> and returns the payload's fields. Returns the field, e.g. to require another permission.
    /// </summary>
    public static FieldType AddMutation<THandler, TInput>(this ISchemaSlice slice, string name, TypedInputGraphType<TInput> input,
        IGraphType payload, string description, Func<THandler, TInput, CancellationToken, Task<Dictionary<string, object?>>> handle)
        where THandler : notnull
        where TInput : class
    {
        slice.AddType(input);
        var field = Fields.Create(
            name,
            new NonNullGraphType(payload),
            async ctx =>
            {
                ctx.RequestServices!.GetRequiredService<Audit.IAuditContext>().Operation = name;
                var typed = ctx.GetArgument<TInput>("input");
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await handle(ctx.RequestServices!.GetRequiredService<THandler>(), typed, ctx.CancellationToken);
                    }
                    catch (Errors.StaleRecordException) when (attempt < MaxAttempts && (typed as IVersionedInput)?.Version is null)
                    {
                        // The client named no version it read, and a row changed after this attempt read it (an event
                        // handler, another request or instance). Its save was rolled back whole: do it again on fresh data.
                    }
                }
            },
            description,
            new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }));
        slice.AddMutationField(field);
        return field;
    }
}
