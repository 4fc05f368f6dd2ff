package uk.gov.dorsetcouncil.edu.synthetic.school;

import java.util.List;
import java.util.Map;

/**
 * Real Dorset towns and villages by locality, and invented descriptors. School names are
 * a place, a descriptor and a phase ("Sturminster Newton Kingfisher Primary School"): the
 * place is real, the school is not.
 */
final class PlaceNames {

	/** Towns first: secondary, middle and upper schools take them in order. */
	static final Map<Locality, List<String>> PLACES = Map.of(Locality.NORTH,
			List.of("Gillingham", "Shaftesbury", "Sherborne", "Blandford Forum", "Sturminster Newton", "Stalbridge",
					"Marnhull", "Motcombe", "Okeford Fitzpaine", "Child Okeford", "Pimperne", "Milton Abbas",
					"Hazelbury Bryan", "Yetminster", "Bradford Abbas", "Thornford", "Buckhorn Weston", "Bourton",
					"Fontmell Magna", "Charlton Marshall", "Spetisbury", "Durweston", "Shillingstone",
					"Sixpenny Handley", "Iwerne Minster", "Winterborne Stickland", "Longburton", "Leigh", "Stourpaine",
					"Kington Magna"),
			Locality.CHESIL,
			List.of("Weymouth", "Portland", "Chickerell", "Wyke Regis", "Preston", "Broadwey", "Upwey", "Littlemoor",
					"Radipole", "Southill", "Easton", "Tophill", "Osmington", "Abbotsbury", "Portesham", "Westham",
					"Rodwell", "Southwell", "Fortuneswell", "Sutton Poyntz", "Nottington", "Lodmoor"),
			Locality.DORCHESTER,
			List.of("Dorchester", "Poundbury", "Crossways", "Charminster", "Puddletown", "Broadmayne", "Piddlehinton",
					"Cerne Abbas", "Maiden Newton", "Frampton", "Stinsford", "Bradford Peverell", "Tolpuddle",
					"Owermoigne", "Winterbourne Abbas", "Sydling St Nicholas", "Martinstown", "Stratton"),
			Locality.WEST,
			List.of("Bridport", "Lyme Regis", "Beaminster", "Charmouth", "Burton Bradstock", "Symondsbury", "Loders",
					"Broadwindsor", "Salway Ash", "Thorncombe", "Chideock", "Netherbury", "Powerstock", "Marshwood",
					"Puncknowle", "Litton Cheney", "West Bay", "Bothenhampton", "Askerswell", "Mosterton"),
			Locality.EAST, List.of("Wimborne Minster", "Ferndown", "Verwood", "West Moors", "Colehill", "Corfe Mullen",
					"West Parley", "Sturminster Marshall", "Cranborne", "Alderholt", "St Leonards",
					"Three Legged Cross", "Witchampton", "Pamphill", "Holt", "Shapwick", "Stapehill", "Hampreston",
					"Merley", "Furzehill", "Trickett's Cross", "Woodlands", "Edmondsham", "Horton", "Longham",
					"Ebblake", "Gaunt's Common", "Hinton Martell", "Wimborne St Giles", "Kinson Common"),
			Locality.PURBECK,
			List.of("Wareham", "Swanage", "Lytchett Matravers", "Wool", "Corfe Castle", "Bovington", "Lytchett Minster",
					"Upton", "Sandford", "Bere Regis", "Langton Matravers", "Worth Matravers", "Studland", "Stoborough",
					"Winfrith Newburgh", "Lulworth", "Harman's Cross", "Kingston"));

	static final List<String> DESCRIPTORS = List.of("Kingfisher", "Oakfield", "Heathland", "Chalk Downs", "Meadowbank",
			"Willowbrook", "Ridgeway", "Hillside", "Stour Valley", "Harbourside", "Cliff Top", "Orchard", "Beacon",
			"Greensand", "Hollybrook", "Skylark", "Barrow Hill", "Coombe", "Bluebell", "Hazelwood", "Riverside",
			"Larkspur", "Drove", "Sandbanks View", "Old Mill", "Wessex Way", "Fernhill", "Ammonite", "Juniper",
			"Chesilside", "Lime Kiln", "Heron", "Swallowfield", "Ashgrove", "Downland", "Brook Lane", "Rowan", "Cedar",
			"Thornhill", "Kestrel");

	private PlaceNames() {
	}

}
