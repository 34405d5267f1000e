import type { PageReads } from './locator.schema'

// Written by `sx-conformance sources --mark-read`: when each requirement was last read against its sections, and
// each section's fingerprint then. Edit the requirement or its locators, never this file.
export const pageReads: PageReads = {
  "AU-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-auth-users.md#Service Exchange authorized users and personas": "a15817d4ed79319f"
    }
  },
  "AU-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-auth-users.md#Service Exchange authorized users and personas": "a15817d4ed79319f",
      "australia/service-exchange/service-bridge-v2-configure-settings.md#Before you begin": "f2adf417bca046bb"
    }
  },
  "AU-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-create-auth-user.md#Before you begin": "f2adf417bca046bb",
      "australia/service-exchange/service-bridge-v2-create-auth-user.md#Result": "d2e1d71624c54a07",
      "australia/service-exchange/service-bridge-v2-auth-users.md#Service Exchange authorized users and personas": "a15817d4ed79319f",
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Procedure": "629f41431f6718a3"
    }
  },
  "AU-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-auth-users.md#Service Exchange authorized users and personas": "a15817d4ed79319f",
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Procedure": "629f41431f6718a3"
    }
  },
  "AUTH-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "AUTH-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-register.md#Procedure": "144199e44511e3e6",
      "australia/service-exchange/service-bridge-v2-onboarding.md#About this task": "9189f49cb58f3166"
    }
  },
  "CSM-01": {
    "read": "2026-12-04",
    "sections": {}
  },
  "CSM-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CSM-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CSM-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CSM-05": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CSM-06": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CSM-07": {
    "read": "2026-12-04",
    "sections": {
      "australia/customer-service-management/c_PortalSelfRegistration.md#Customer contact self-registration": "68410c7e6e7969f9"
    }
  },
  "CT-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-connections-tab.md#Connection card": "1445258b91a86666"
    }
  },
  "CT-02": {
    "read": "2026-12-04",
    "sections": {}
  },
  "CT-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-consumer-center-onboarding.md#Procedure": "fc3c2197251857dd",
      "australia/service-exchange/se-connections-tab.md#Connection card": "1445258b91a86666"
    }
  },
  "CT-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-consumer-center-onboarding.md#Procedure": "fc3c2197251857dd",
      "australia/service-exchange/service-bridge-v2-register.md#Procedure": "144199e44511e3e6"
    }
  },
  "CT-05": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-consumer-center-onboarding.md#Procedure": "fc3c2197251857dd"
    }
  },
  "CT-06": {
    "read": "2026-12-04",
    "sections": {}
  },
  "CT-07": {
    "read": "2026-12-04",
    "sections": {}
  },
  "CT-08": {
    "read": "2026-12-05",
    "sections": {
      "australia/service-exchange/se-connections-tab.md#Connections": "314d39bcde123ca2"
    }
  },
  "KMF-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-register.md#Before you begin": "e4228f6ed77c2ed8"
    }
  },
  "KMF-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4"
    }
  },
  "LEG-01": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-02": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-03": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-04": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-05": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-06": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-07": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "LEG-08": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-09": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-10": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-11": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-12": {
    "read": "2026-12-04",
    "sections": {}
  },
  "LEG-13": {
    "read": "2026-12-04",
    "sections": {}
  },
  "OFF-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-offboard-consumer.md#Before you begin": "21a7f2a167b48e6e"
    }
  },
  "OFF-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-offboard-consumer.md#Procedure": "cba18c532a7fcece"
    }
  },
  "OFF-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-offboard-consumer.md#Result": "1b1a6f578eda158d",
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "OFF-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-offboard-consumer.md#Result": "1b1a6f578eda158d",
      "australia/service-exchange/service-bridge-v2-offboard-provider.md#Result": "a36d21dbed388a6f",
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4"
    }
  },
  "PC-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590",
      "australia/service-exchange/se-connections-tab.md#Connections": "314d39bcde123ca2"
    }
  },
  "PC-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34"
    }
  },
  "PC-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34"
    }
  },
  "PC-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9"
    }
  },
  "PC-05": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9"
    }
  },
  "PC-06": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9"
    }
  },
  "PC-07": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9",
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590"
    }
  },
  "PC-08": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590"
    }
  },
  "PC-09": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590"
    }
  },
  "PC-10": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "PC-11": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "PC-20": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34",
      "australia/service-exchange/service-bridge-v2-onboarding.md#About this task": "9189f49cb58f3166"
    }
  },
  "PC-21": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34",
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590"
    }
  },
  "PC-30": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590"
    }
  },
  "PC-31": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Procedure": "80df8661ed2a7590",
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "PC-32": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Result": "1a6c67f99638f31b",
      "australia/service-exchange/se-connections-tab.md#Connection card": "1445258b91a86666"
    }
  },
  "PC-33": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Result": "1a6c67f99638f31b",
      "australia/service-exchange/se-connections-tab.md#Connection card": "1445258b91a86666",
      "australia/service-exchange/se-consumer-center-onboarding.md#Result": "3eb06e9825916252"
    }
  },
  "PC-34": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34"
    }
  },
  "PC-40": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9",
      "australia/service-exchange/se-consumer-center-onboarding.md#Before you begin": "56e63c3032a48da4"
    }
  },
  "PC-41": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9"
    }
  },
  "PC-42": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9",
      "australia/service-exchange/se-consumer-center-onboarding.md#Before you begin": "56e63c3032a48da4"
    }
  },
  "PC-43": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9"
    }
  },
  "PC-44": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#Before you begin": "9d9f84881abb77f9",
      "australia/service-exchange/se-consumer-center-onboarding.md#Before you begin": "56e63c3032a48da4"
    }
  },
  "PC-46": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-provider-center-onboarding.md#About this task": "31e0b338242e2a34"
    }
  },
  "PORT-01": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Before you begin": "acd724ed364445b1",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Before you begin": "9ed89c4078f484f5",
      "zurich/customer-service-management/create-a-consumer-registration.md#Before you begin": "64d56f9e5ac7186d",
      "australia/customer-service-management/create-a-consumer-registration.md#Before you begin": "64d56f9e5ac7186d",
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "PORT-02": {
    "read": "2026-12-04",
    "sections": {
      "yokohama/customer-service-management/create-a-consumer-registration.md#Before you begin": "9ed89c4078f484f5",
      "zurich/customer-service-management/create-a-consumer-registration.md#Before you begin": "64d56f9e5ac7186d",
      "australia/customer-service-management/create-a-consumer-registration.md#Before you begin": "64d56f9e5ac7186d"
    }
  },
  "PORT-03": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "PORT-04": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33"
    }
  },
  "PORT-05": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33"
    }
  },
  "PORT-06": {
    "read": "2026-12-04",
    "sections": {
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "PORT-07": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "PORT-08": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "xanadu/customer-service-management/create-a-consumer-registration.md#Result": "e38e6c6d2c56cb4c",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Result": "e38e6c6d2c56cb4c",
      "zurich/customer-service-management/create-a-consumer-registration.md#Result": "e38e6c6d2c56cb4c",
      "australia/customer-service-management/create-a-consumer-registration.md#Result": "e38e6c6d2c56cb4c"
    }
  },
  "PORT-09": {
    "read": "2026-12-04",
    "sections": {
      "xanadu/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "yokohama/customer-service-management/create-a-consumer-registration.md#Procedure": "150a2f8518dfed33",
      "zurich/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958",
      "australia/customer-service-management/create-a-consumer-registration.md#Procedure": "ea862dec53732958"
    }
  },
  "PORT-10": {
    "read": "2026-12-04",
    "sections": {}
  },
  "PORT-11": {
    "read": "2026-12-04",
    "sections": {}
  },
  "PORT-12": {
    "read": "2026-12-04",
    "sections": {}
  },
  "PR-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-new-provider.md#Before you begin": "4c7ba6a5a8b77fea"
    }
  },
  "PR-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-new-provider.md#About this task": "b9f6ca6d646c99b5"
    }
  },
  "PR-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-new-provider.md#Procedure": "808df1b1a092dcf6"
    }
  },
  "RES-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-connections-tab.md#Connection card": "1445258b91a86666",
      "australia/service-exchange/se-consumer-center-onboarding.md#Procedure": "fc3c2197251857dd"
    }
  },
  "SET-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/se-consumer-center-onboarding.md#Procedure": "fc3c2197251857dd",
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Before you begin": "f2adf417bca046bb",
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Procedure": "629f41431f6718a3",
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "SET-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Procedure": "629f41431f6718a3",
      "australia/service-exchange/service-bridge-v2-configure-settings.md#Procedure": "1b06c5d75cd83692"
    }
  },
  "SET-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-configure-settings.md#Before you begin": "f2adf417bca046bb",
      "australia/service-exchange/service-bridge-v2-configure-settings.md#Procedure": "1b06c5d75cd83692"
    }
  },
  "SET-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-configure-consumer-settings.md#Procedure": "629f41431f6718a3",
      "australia/service-exchange/service-bridge-v2-configure-settings.md#Procedure": "1b06c5d75cd83692"
    }
  },
  "TASK-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc"
    }
  },
  "TASK-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc"
    }
  },
  "TASK-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc",
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc",
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-05": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc"
    }
  },
  "TASK-06": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-installed-components-provider.md#Business rules installed": "5d7177b27ed24d96"
    }
  },
  "TASK-07": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-08": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-09": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-10": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-11": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-onboarding.md#About this task": "9189f49cb58f3166",
      "australia/service-exchange/service-bridge-v2-onboarding.md#Procedure": "0f79b3b2ee5e1a90"
    }
  },
  "TASK-12": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-register.md#Procedure": "144199e44511e3e6"
    }
  },
  "TASK-13": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4"
    }
  },
  "VAL-01": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4",
      "australia/service-exchange/service-bridge-v2-onboarding.md#Before you begin": "094c4895b83e10cc"
    }
  },
  "VAL-02": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4",
      "australia/service-exchange/service-bridge-v2-register.md#Before you begin": "e4228f6ed77c2ed8"
    }
  },
  "VAL-03": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4",
      "australia/service-exchange/service-bridge-v2-register.md#Before you begin": "e4228f6ed77c2ed8"
    }
  },
  "VAL-04": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4",
      "australia/service-exchange/service-bridge-v2-install.md#Pre-installation checks": "ed24bc0b638f858f"
    }
  },
  "VAL-05": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4"
    }
  },
  "VAL-06": {
    "read": "2026-12-04",
    "sections": {
      "australia/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md#List of scan checks": "50e4a09a121ceef4"
    }
  }
}
