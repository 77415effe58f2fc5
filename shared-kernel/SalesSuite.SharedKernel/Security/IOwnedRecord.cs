namespace SalesSuite.SharedKernel.Security;

/// <summary>A record owned by a sales rep; the access filter shows it only to users whose scope covers <see cref="OwnerId"/>.</summary>
public interface IOwnedRecord
{
    string OwnerId { get; }
}
