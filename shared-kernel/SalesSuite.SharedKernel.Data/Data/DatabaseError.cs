namespace SalesSuite.SharedKernel.Data;

/// <summary>A provider exception as <see cref="DataErrors"/> reads it.</summary>
/// <param name="Detail">For a unique violation, the text that names the index or constraint (its name, or the provider's message).</param>
public sealed record DatabaseError(DatabaseErrorKind Kind, string? Detail = null);
