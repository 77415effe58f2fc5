using GraphQL;
using GraphQL.Types;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Mutations whose input is a typed record bound by a <see cref="TypedInputGraphType{TInput}"/>.</summary>
public static class TypedMutations
{
    /// <summary>
    /// Adds <c>name(input: Input!): Payload!</c>, handled by a scoped <typeparamref name="THandler"/> that receives the typed
    /// <typeparamref name="TInput"/> and returns the payload's fields. Returns the field, e.g. to require another permission.
    /// </summary>
    public static FieldType AddMutation<THandler, TInput>(this ISchemaSlice slice, string name, TypedInputGraphType<TInput> input,
        IGraphType payload, string description, Func<THandler, TInput, CancellationToken, Task<Dictionary<string, object?>>> handle)
        where THandler : notnull
        where TInput : class =>
        slice.AddInputMutation(name, input, payload, description, ctx => ctx.GetArgument<TInput>("input"),
            typed => (typed as IVersionedInput)?.Version is not null, handle);
}
