namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// A mutation input that may name the version of the row it read. A mutation whose input names none is done again when a
/// row it changes was changed under it (<see cref="TypedMutations"/>); one that names a version gets CONFLICT.
/// </summary>
public interface IVersionedInput
{
    long? Version { get; }
}
