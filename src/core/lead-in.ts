/**
 * A sentence that ends on its verb, or "that", and a colon: "Soerens argued that:", "The report found:". What it
 * introduces is in the lines after it (a list, a quotation set apart), so the sentence itself holds no claim to ask
 * about; shown alone it is an empty passage (sample 31's #47). Bounded to the sentence's end, so linear.
 */
const LEAD_IN =
  /(?:\bthat|\b(?:said|says|argued|argues|found|finds|wrote|writes|added|adds|noted|notes|warned|warns|claimed|claims|insisted|insists|contended|contends|explained|explains|concluded|concludes|stated|states|believes?|believed))\s*:\s*$/i;

export function leadIn(text: string): boolean {
  return LEAD_IN.test(text.slice(-40));
}
